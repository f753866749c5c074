using Microsoft.Extensions.Time.Testing;
using WalletLoyalty.Kpis;
using WalletLoyalty.Server.Kpis;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Kpis;

public sealed class KpiPeriodTests
{
    private static readonly TimeZoneInfo Berlin = HandMadeLedger.Berlin;

    [Fact]
    public void ALocalDayBeginsAtItsOwnMidnightWhicheverSideOfAClockChange()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-03-28T23:00:00Z"), LocalMidnight.Of(new DateOnly(2026, 3, 29), Berlin));
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T22:00:00Z"), LocalMidnight.Of(new DateOnly(2026, 3, 30), Berlin));
        Assert.Equal(DateTimeOffset.Parse("2026-10-24T22:00:00Z"), LocalMidnight.Of(new DateOnly(2026, 10, 25), Berlin));
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T23:00:00Z"), LocalMidnight.Of(new DateOnly(2026, 10, 26), Berlin));
    }

    [Fact]
    public void WhereTheClocksSpringForwardAtMidnightTheDayBeginsWhenTheyResume()
    {
        // Chile's summer time began on 6 September 2026: 00:00 did not happen, the day began at 01:00 (-03:00).
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var start = LocalMidnight.Of(new DateOnly(2026, 9, 6), santiago);
        Assert.Equal(DateTimeOffset.Parse("2026-09-06T04:00:00Z"), start);
    }

    [Fact]
    public void WithoutDatesThePeriodIsTheThirtyLocalDaysUpToAndIncludingToday()
    {
        // 21:30 UTC is 23:30 on 31 March in Berlin: today is still 31 March there.
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-31T21:30:00Z"));
        var program = SamplePasses.Demo();

        var (query, errors) = KpiRequest.Read(program, null, null, null, null, null, time.GetUtcNow());
        Assert.Empty(errors);
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 1)), (query!.From, query.To));

        time.Advance(TimeSpan.FromHours(1)); // 00:30 on 1 April in Berlin
        (query, _) = KpiRequest.Read(program, null, null, null, null, null, time.GetUtcNow());
        Assert.Equal((new DateOnly(2026, 3, 3), new DateOnly(2026, 4, 2)), (query!.From, query.To));
    }

    [Fact]
    public void ThePeriodBeforeHasTheSameNumberOfDays()
    {
        var query = new KpiQuery(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1));
        Assert.Equal(new KpiQuery(new DateOnly(2026, 1, 29), new DateOnly(2026, 3, 1)), query.Previous);
    }

    [Theory]
    [InlineData("2026-03-29T22:30:00.0000000Z")]
    [InlineData("0001-01-01T00:00:00.0000000Z")]
    [InlineData("2024-02-29T23:59:59.9999999Z")]
    public void TheFixedWidthTextOfSqliteReadsAsTheInstantItNames(string text)
    {
        Assert.True(InstantColumn.TryFixedWidth(text, out var ticks));
        Assert.Equal(DateTimeOffset.Parse(text).UtcTicks, ticks);
    }

    [Theory]
    [InlineData("2026-02-30T10:00:00.0000000Z")]
    [InlineData("2026-03-29 22:30:00")]
    public void OtherTextIsLeftToTheFullParser(string text) => Assert.False(InstantColumn.TryFixedWidth(text, out _));

    [Fact]
    public void TwoCategoriesInOnePurchaseOrAcrossPurchasesMakeAnUpsellAndOneCategoryTwiceDoesNot()
    {
        Assert.True(new CategoryTally().With("bread;cake").Several);
        Assert.True(new CategoryTally().With("bread").With("coffee").Several);
        Assert.False(new CategoryTally().With("bread").With("bread").Several);
        Assert.True(new CategoryTally().With("bread").Any);
        Assert.False(new CategoryTally().Any);
    }

    [Fact]
    public void CategoriesCountedInTwoPartsOfTheLedgerAddUpAsIfCountedInOne()
    {
        var bread = new CategoryTally().With("bread");
        Assert.True(bread.With(new CategoryTally().With("coffee")).Several);
        Assert.False(bread.With(new CategoryTally().With("bread")).Several);
        Assert.True(bread.With(new CategoryTally().With("bread;cake")).Several);
        Assert.Equal(bread, new CategoryTally().With(bread));
        Assert.Equal(bread, bread.With(new CategoryTally()));
    }
}
