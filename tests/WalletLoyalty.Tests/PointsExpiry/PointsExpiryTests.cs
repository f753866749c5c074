using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.PointsExpiry;

/// <summary>
/// The demo's points expire 12 months after they were credited, oldest first, with a reminder on the card 14 days
/// before: the ledger, the till, the card and the KPIs stay exact, and sweeps at once expire and remind once.
/// </summary>
[Trait("Category", "Database")]
public sealed class PointsExpiryTests : IAsyncLifetime
{
    private ExpiryRig _rig = null!;

    public async Task InitializeAsync() => _rig = await ExpiryRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private DateTimeOffset Now => _rig.Clock.GetUtcNow();

    private void AdvanceTo(DateTimeOffset instant) => _rig.Clock.Advance(instant - Now);

    [Fact]
    public async Task RedeemedPointsComeOffTheOldestCreditSoWhatIsLeftOfItExpiresTwelveMonthsLaterAndTheNextCreditAfterIt()
    {
        var alex = await _rig.JoinAsync();
        var first = Now;
        await _rig.EarnAsync(alex, 100);
        _rig.Clock.Advance(TimeSpan.FromDays(60));
        var second = Now;
        await _rig.EarnAsync(alex, 50);
        _rig.Clock.Advance(TimeSpan.FromDays(30));
        await _rig.RedeemCoffeeAsync(alex);

        AdvanceTo(first.AddMonths(12) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await _rig.Sweep.RunAsync(default)).Points);
        Assert.Equal(120, await _rig.TillBalanceAsync(alex));

        AdvanceTo(first.AddMonths(12));
        var swept = await _rig.Sweep.RunAsync(default);

        Assert.Equal((1L, 70L), (swept.Members, swept.Points));
        Assert.Equal(("expire", -70L, 50L), (await _rig.LedgerAsync(alex))[^1]);
        Assert.Equal(50, await _rig.TillBalanceAsync(alex));
        Assert.Equal(50, (await _rig.CardAsync(alex)).Field("points").GetProperty("value").GetInt64());

        Assert.Equal(0, (await _rig.Sweep.RunAsync(default)).Points);
        Assert.Equal(4, (await _rig.LedgerAsync(alex)).Count);

        AdvanceTo(second.AddMonths(12));
        Assert.Equal(50, (await _rig.Sweep.RunAsync(default)).Points);
        Assert.Equal([("expire", -70L, 50L), ("expire", -50L, 0L)], (await _rig.LedgerAsync(alex)).Where(e => e.Kind == "expire"));
        Assert.Equal(0, await _rig.TillBalanceAsync(alex));
    }

    [Fact]
    public async Task AReversalTakesItsPointsFromTheOldestCreditFirstAndTheBalanceNeverGoesBelowZero()
    {
        var alex = await _rig.JoinAsync();
        var first = Now;
        await _rig.EarnAsync(alex, 100);
        _rig.Clock.Advance(TimeSpan.FromDays(1));
        var second = Now;
        var refunded = await _rig.EarnAsync(alex, 40);
        await _rig.EarnAsync(alex, 25);
        _rig.Clock.Advance(TimeSpan.FromDays(1));
        await _rig.ReverseAsync(refunded);

        AdvanceTo(first.AddMonths(12));
        Assert.Equal(60, (await _rig.Sweep.RunAsync(default)).Points);
        Assert.Equal(65, await _rig.TillBalanceAsync(alex));

        AdvanceTo(second.AddMonths(12));
        Assert.Equal(65, (await _rig.Sweep.RunAsync(default)).Points);

        var ledger = await _rig.LedgerAsync(alex);
        Assert.Equal([-60L, -65L], ledger.Where(e => e.Kind == "expire").Select(e => e.Points));
        Assert.Equal(0, ledger.Sum(e => e.Points));
        Assert.All(ledger, e => Assert.True(e.BalanceAfter >= 0));
        Assert.Equal(0, await _rig.TillBalanceAsync(alex));
    }

    [Fact]
    public async Task TheCardShowsTheNextExpiryAndAnnouncesTheReminderOnceFourteenDaysBeforeThenDropsTheFieldWhenThePointsAreGone()
    {
        var alex = await _rig.JoinAsync();
        Assert.Null(await _rig.ExpiryFieldAsync(alex));
        var earned = Now;
        await _rig.EarnAsync(alex, 40);
        var expires = ExpiryRig.Day(earned.AddMonths(12));

        var before = (await _rig.ExpiryFieldAsync(alex))!.Value;
        Assert.Equal("Points expiring", before.GetProperty("label").GetString());
        Assert.Equal($"40 points on {expires}", before.GetProperty("value").GetString());
        Assert.False(before.TryGetProperty("changeMessage", out _));

        AdvanceTo(earned.AddMonths(12) - TimeSpan.FromDays(15));
        Assert.Equal(0, (await _rig.Sweep.RunAsync(default)).Reminders);
        var version = await VersionAsync(alex);

        _rig.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await _rig.Sweep.RunAsync(default)).Reminders);

        var reminder = (await _rig.ExpiryFieldAsync(alex))!.Value;
        Assert.Equal($"40 points expire on {expires}. Use them before then!", reminder.GetProperty("value").GetString());
        Assert.Equal("%@", reminder.GetProperty("changeMessage").GetString());
        Assert.True(await VersionAsync(alex) > version);
        Assert.Equal(40, (await _rig.CardAsync(alex)).Field("points").GetProperty("value").GetInt64());

        var reminded = await VersionAsync(alex);
        _rig.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, (await _rig.Sweep.RunAsync(default)).Reminders);
        Assert.Equal(reminded, await VersionAsync(alex));
        Assert.Equal(1, await _rig.Service.CountAsync("SELECT COUNT(*) FROM points_expiry_reminders WHERE member_id = @MemberId", new { alex.MemberId }));

        AdvanceTo(earned.AddMonths(12));
        Assert.Equal(40, (await _rig.Sweep.RunAsync(default)).Points);
        Assert.Null(await _rig.ExpiryFieldAsync(alex));
        Assert.Equal(0, (await _rig.CardAsync(alex)).Field("points").GetProperty("value").GetInt64());
    }

    [Fact]
    public async Task TheCardWritesTheDayInTheMembersLanguage()
    {
        var (card, code) = await Shoppers.JoinAsync(_rig.Service);
        var memberId = (await _rig.Service.QueryAsync<long>("SELECT member_id FROM passes WHERE serial_number = @serial", new { serial = card.SerialNumber })).Single();
        await using (var connection = await _rig.Service.Database().OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE members SET language = 'de' WHERE id = @memberId", new { memberId });
        }
        var alex = new Shopper(card, code, memberId);
        var earned = Now;
        await _rig.EarnAsync(alex, 12);

        var field = (await _rig.ExpiryFieldAsync(alex))!.Value;

        var day = WalletLoyalty.Languages.ShopperLanguage.Date(TimeZoneInfo.ConvertTime(earned.AddMonths(12), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")), "de");
        Assert.Equal($"12 Punkte am {day}", field.GetProperty("value").GetString());
        Assert.Equal("Ablaufende Punkte", (await _rig.CardAsync(alex)).Strings("de")["Points expiring"]);
    }

    [Fact]
    public async Task SweepsRunningAtOnceExpireEachMembersPointsOnceAndRemindOnce()
    {
        var members = new List<Shopper>();
        for (var i = 0; i < 6; i++)
        {
            members.Add(await _rig.JoinAsync("Member " + i));
        }
        var earned = Now;
        foreach (var member in members)
        {
            await _rig.EarnAsync(member, 30);
        }
        _rig.Clock.Advance(TimeSpan.FromDays(40));
        foreach (var member in members)
        {
            await _rig.EarnAsync(member, 20);
        }

        AdvanceTo(earned.AddMonths(12) - TimeSpan.FromDays(2));
        var reminders = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _rig.Sweep.RunAsync(default)));
        Assert.Equal(6, reminders.Sum(r => r.Reminders));
        Assert.Equal(6, await _rig.Service.CountAsync("SELECT COUNT(*) FROM points_expiry_reminders"));

        AdvanceTo(earned.AddMonths(12));
        var sweeps = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _rig.Sweep.RunAsync(default)));

        Assert.Equal(6 * 30, sweeps.Sum(s => s.Points));
        Assert.Equal(6, sweeps.Sum(s => s.Members));
        Assert.Equal(6, await _rig.Service.CountAsync("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'expire' AND points = -30"));
        Assert.Equal([20L], (await _rig.Service.QueryAsync<long>("SELECT DISTINCT points_balance FROM members")));
        Assert.Equal(0, await _rig.Service.CountAsync(
            "SELECT COUNT(*) FROM members m WHERE m.points_balance <> (SELECT COALESCE(SUM(points), 0) FROM ledger_entries e WHERE e.member_id = m.id)"));
    }

    [Fact]
    public async Task ARedeemAtTheMomentOfTheSweepLeavesTheBalanceTheSumOfTheLedgerAndExpiresOnlyWhatIsLeftOfTheOldCredit()
    {
        var alex = await _rig.JoinAsync();
        var earned = Now;
        await _rig.EarnAsync(alex, 100);
        _rig.Clock.Advance(TimeSpan.FromDays(1));
        await _rig.EarnAsync(alex, 50);
        AdvanceTo(earned.AddMonths(12));

        await Task.WhenAll(_rig.Sweep.RunAsync(default), _rig.RedeemCoffeeAsync(alex));

        var ledger = await _rig.LedgerAsync(alex);
        var expired = Assert.Single(ledger, e => e.Kind == "expire");
        // The coffee came off the old credit (expiring 70) or was bought from what the sweep left (expiring 100): FIFO either way.
        Assert.Contains(expired.Points, new[] { -70L, -100L });
        Assert.Equal(ledger.Sum(e => e.Points), await _rig.TillBalanceAsync(alex));
        Assert.Equal(150 - 30 + expired.Points, await _rig.TillBalanceAsync(alex));
    }

    [Fact]
    public async Task TheKpisCountThePeriodsExpiredPointsAndTheOutstandingPointsAfterThem()
    {
        var alex = await _rig.JoinAsync();
        var earned = Now;
        await _rig.EarnAsync(alex, 100);
        _rig.Clock.Advance(TimeSpan.FromDays(60));
        await _rig.EarnAsync(alex, 50);
        AdvanceTo(earned.AddMonths(12));
        await _rig.Sweep.RunAsync(default);
        using var marketer = await TillClient.WithNewKeyAsync(_rig.Service, "marketer", programId: "demo");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);

        using var response = await marketer.GetAsync($"/api/v1/programs/demo/kpis?from={day.AddDays(-1):yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}");
        response.EnsureSuccessStatusCode();
        var kpis = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(100, kpis.GetProperty("pointsExpired").GetInt64());
        Assert.Equal(50, kpis.GetProperty("pointsLiability").GetInt64());
        Assert.Equal(0, kpis.GetProperty("previous").GetProperty("pointsExpired").GetInt64());
        Assert.Equal(150, kpis.GetProperty("previous").GetProperty("pointsLiability").GetInt64());
    }

    [Fact]
    public async Task StaffSeeTheMembersNextExpiryBesideTheBalance()
    {
        var alex = await _rig.JoinAsync();
        using var marketer = await TillClient.WithNewKeyAsync(_rig.Service, "marketer", programId: "demo");
        var earned = Now;
        await _rig.EarnAsync(alex, 80);
        _rig.Clock.Advance(TimeSpan.FromDays(3));
        await _rig.EarnAsync(alex, 20);
        await _rig.RedeemCoffeeAsync(alex);

        using var response = await marketer.GetAsync($"/api/v1/programs/demo/members/{alex.MemberId}");
        response.EnsureSuccessStatusCode();
        var member = await response.Content.ReadFromJsonAsync<JsonElement>();

        var next = member.GetProperty("nextExpiry");
        Assert.Equal(70, member.GetProperty("points").GetInt64());
        Assert.Equal(50, next.GetProperty("points").GetInt64());
        Assert.Equal(earned.AddMonths(12), next.GetProperty("expiresAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.False(next.GetProperty("reminded").GetBoolean());
    }

    [Fact]
    public async Task TheServiceSweepsOnItsOwnAtTheIntervalOfItsClock()
    {
        await using var rig = await ExpiryRig.StartAsync(settings => settings["PointsExpiry:Enabled"] = "true");
        var alex = await rig.JoinAsync();
        var earned = rig.Clock.GetUtcNow();
        await rig.EarnAsync(alex, 25);

        rig.Clock.Advance(earned.AddMonths(12) - earned);

        await Eventually.TrueAsync(async () => (await rig.LedgerAsync(alex))[^1] == ("expire", -25L, 0L), "the service expired the points");
    }

    private async Task<long> VersionAsync(Shopper shopper) =>
        (await _rig.Service.QueryAsync<long>("SELECT version FROM passes WHERE serial_number = @SerialNumber", new { shopper.Card.SerialNumber })).Single();
}
