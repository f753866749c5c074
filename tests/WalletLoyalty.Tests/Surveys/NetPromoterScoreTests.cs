using Dapper;
using WalletLoyalty.Kpis;
using WalletLoyalty.Surveys;
using WalletLoyalty.Tests.Kpis;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Surveys;

/// <summary>The NPS of docs/surveys.md: promoters 9–10 less detractors 0–6 as a fraction of the answers, its margin of error at 95 %.</summary>
public sealed class NetPromoterScoreTests
{
    [Fact]
    public void FivePromotersThreePassivesAndTwoDetractorsScoreThreeTenths()
    {
        var nps = NetPromoterScore.Of(promoters: 5, detractors: 2, answers: 10);

        // The +1/0/−1 variable has mean 0.3 and E[x²] = 0.7, so a variance of 0.61: 1.96 × √(0.61 / 10).
        Assert.Equal(0.3, nps.Score!.Value, 12);
        Assert.Equal(10, nps.Answers);
        Assert.Equal(0.484075, nps.MarginOfError!.Value, 6);
    }

    [Fact]
    public void OnlyPromotersScoreOneWithNoSpreadAndOnlyDetractorsMinusOne()
    {
        Assert.Equal(new NpsFigures(1, 3, 0), NetPromoterScore.Of(3, 0, 3));
        Assert.Equal(new NpsFigures(-1, 2, 0), NetPromoterScore.Of(0, 2, 2));
    }

    [Fact]
    public void WithoutAnswersThereIsNoScoreAndNoMargin() => Assert.Equal(new NpsFigures(null, 0, null), NetPromoterScore.Of(0, 0, 0));

    [Theory]
    [InlineData(10, true, false)]
    [InlineData(9, true, false)]
    [InlineData(8, false, false)]
    [InlineData(7, false, false)]
    [InlineData(6, false, true)]
    [InlineData(0, false, true)]
    public void NineAndTenPromoteSevenAndEightArePassiveSixAndBelowDetract(int score, bool promoter, bool detractor) =>
        Assert.Equal((promoter, detractor), (NetPromoterScore.IsPromoter(score), NetPromoterScore.IsDetractor(score)));

    /// <summary>
    /// March 2026 in Berlin: A 10 and B 9 promote, C 7 is passive, D 3 (at 00:10 on 1 March, still the day before in UTC) detracts;
    /// E's 0 at 23:50 on 28 February falls in the period before, F's 10 at 00:30 on 1 April after it.
    /// </summary>
    [Fact]
    [Trait("Category", "Database")]
    public async Task TheKpisCountTheAnswersOfThePeriodByLocalDateSourceAndTier()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var ledger = new HandMadeLedger(service);
        var a = await ledger.MemberAsync(source: "flyer-a");
        var b = await ledger.MemberAsync(source: "flyer-b", tier: "Silver");
        var c = await ledger.MemberAsync(source: "flyer-a");
        var d = await ledger.MemberAsync(source: "flyer-a");
        var e = await ledger.MemberAsync(source: "flyer-a");
        var f = await ledger.MemberAsync(source: "flyer-a");
        await AnswerAsync(service, a, 10, "2026-03-05 10:00");
        await AnswerAsync(service, b, 9, "2026-03-31 23:59");
        await AnswerAsync(service, c, 7, "2026-03-12 18:00");
        await AnswerAsync(service, d, 3, "2026-03-01 00:10");
        await AnswerAsync(service, e, 0, "2026-02-28 23:50");
        await AnswerAsync(service, f, 10, "2026-04-01 00:30");

        var all = await ledger.KpisAsync("2026-03-01", "2026-04-01");
        var flyerA = await ledger.KpisAsync("2026-03-01", "2026-04-01", source: "flyer-a");
        var silver = await ledger.KpisAsync("2026-03-01", "2026-04-01", tier: "Silver");
        var flyerB = await ledger.KpisAsync("2026-03-01", "2026-04-01", source: "flyer-b");

        // 2 promoters and 1 detractor of 4: 0.25; variance 0.75 − 0.0625 = 0.6875, so 1.96 × √(0.6875 / 4).
        Assert.Equal(0.25, all.Nps!.Score!.Value, 12);
        Assert.Equal(4, all.Nps.Answers);
        Assert.Equal(0.812558, all.Nps.MarginOfError!.Value, 6);
        Assert.Equal(new NpsFigures(-1, 1, 0), all.Previous!.Nps);
        // flyer-a: A promotes, C is passive, D detracts: 0, variance 2/3, margin 1.96 × √(2/9).
        Assert.Equal(0, flyerA.Nps!.Score!.Value, 12);
        Assert.Equal(3, flyerA.Nps.Answers);
        Assert.Equal(0.923936, flyerA.Nps.MarginOfError!.Value, 6);
        Assert.Equal(new NpsFigures(1, 1, 0), silver.Nps);
        Assert.Equal(new NpsFigures(null, 0, null), flyerB.Previous!.Nps);
    }

    private static async Task AnswerAsync(ServiceHost service, long member, int score, string local)
    {
        await using var connection = await service.Database().OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO survey_answers (program_id, member_id, round, score, comment, language, answered_at)
            VALUES ('demo', @member, '2026-Q1', @score, NULL, 'en', @at)
            """, new { member, score, at = HandMadeLedger.Local(local) });
    }
}
