using WalletLoyalty.Campaigns;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>The small rules under campaigns: quiet hours, local times across daylight saving, offers that must change, the hold-out, placeholders.</summary>
public sealed class CampaignRuleUnitTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static LoyaltyProgram Program(QuietHoursRule? quiet) => new("demo", new ProgramTemplate
    {
        TimeZone = "Europe/Berlin",
        Campaigns = new CampaignRules { QuietHours = quiet },
    }, new Dictionary<PassKind, PassImageSet>(), "hash");

    private static DateTimeOffset Berlin(int month, int day, int hour, int minute) =>
        LocalTimes.ToInstant(new DateTime(2026, month, day, hour, minute, 0), Zone);

    [Theory]
    [InlineData(22, 30, 8, 0, true)]   // evening, quiet until tomorrow 08:00
    [InlineData(6, 15, 8, 0, false)]   // early morning, quiet until today 08:00
    [InlineData(12, 0, 0, 0, null)]    // midday: not quiet
    [InlineData(21, 0, 8, 0, true)]    // the first quiet minute
    [InlineData(8, 0, 0, 0, null)]     // the first minute after
    public void QuietHoursAcrossMidnightEndAtTheNextMorning(int hour, int minute, int endHour, int endMinute, bool? tomorrow)
    {
        var program = Program(new QuietHoursRule { From = "21:00", To = "08:00" });

        var end = QuietHours.EndIfQuiet(program, Berlin(11, 23, hour, minute));

        Assert.Equal(tomorrow is null ? null : Berlin(11, tomorrow.Value ? 24 : 23, endHour, endMinute), end);
    }

    [Fact]
    public void QuietHoursWithinADayAndNoQuietHours()
    {
        Assert.Equal(Berlin(11, 23, 14, 0), QuietHours.EndIfQuiet(Program(new QuietHoursRule { From = "12:00", To = "14:00" }), Berlin(11, 23, 13, 5)));
        Assert.Null(QuietHours.EndIfQuiet(Program(new QuietHoursRule { From = "12:00", To = "14:00" }), Berlin(11, 23, 14, 0)));
        Assert.Null(QuietHours.EndIfQuiet(Program(null), Berlin(11, 23, 23, 0)));
    }

    [Fact]
    public void LocalTimesSkippedOrRepeatedByDaylightSavingHaveOneInstant()
    {
        // 29 March 2026: 02:00–03:00 does not exist in Berlin; 25 October 2026: 02:00–03:00 happens twice.
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:30:00Z", System.Globalization.CultureInfo.InvariantCulture),
            LocalTimes.ToInstant(new DateTime(2026, 3, 29, 2, 30, 0), Zone));
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T00:30:00Z", System.Globalization.CultureInfo.InvariantCulture),
            LocalTimes.ToInstant(new DateTime(2026, 10, 25, 2, 30, 0), Zone));
    }

    [Theory]
    [InlineData("2026-11-27T17:00", "2026-11-27T16:00:00Z")]
    [InlineData("2026-07-03T17:00:30", "2026-07-03T15:00:30Z")]
    [InlineData("2026-11-27T17:00+00:00", "2026-11-27T17:00:00Z")]
    [InlineData("2026-11-27T17:00:00Z", "2026-11-27T17:00:00Z")]
    public void TriggerTimesWithoutAnOffsetAreTheProgramsLocalTime(string at, string instant)
    {
        Assert.True(TriggerTimes.TryReadAt(at, Zone, out var read));
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), read);
    }

    [Theory]
    [InlineData("next friday")]
    [InlineData("2026-11-27")]
    [InlineData(null)]
    public void TriggerTimesThatAreNotTimesAreRefused(string? at) => Assert.False(TriggerTimes.TryReadAt(at, Zone, out _));

    [Fact]
    public void ARepeatedOfferGetsTheDateAndTheNextRepeatChangesBack()
    {
        var now = new DateTime(2026, 11, 23, 9, 41, 5);

        Assert.Equal("20 % off", OfferText.DifferentFrom("Free coffee", "20 % off", now));
        Assert.Equal("20 % off (23 Nov)", OfferText.DifferentFrom("20 % off", "20 % off", now));
        Assert.Equal("20 % off", OfferText.DifferentFrom("20 % off (23 Nov)", "20 % off", now));
        Assert.Equal("Hi: Body\nhttps://x/coupons/C1/apple", OfferText.Compose("Hi", "Body", "https://x/coupons/C1/apple"));
    }

    [Theory]
    [InlineData(1000, 10, 100)]
    [InlineData(3, 50, 2)]
    [InlineData(7, 0, 0)]
    [InlineData(0, 50, 0)]
    public void TheHoldOutIsExactlyItsShareOfTheAudience(int audience, int percent, int expected)
    {
        var ids = Enumerable.Range(1, audience).Select(i => (long)i).ToList();

        var held = HoldOut.Pick(ids, percent);

        Assert.Equal(expected, HoldOut.CountFor(audience, percent));
        Assert.Equal(expected, held.Count);
        Assert.Subset(ids.ToHashSet(), held);
    }

    [Fact]
    public void TheHoldOutIsDrawnAtRandom()
    {
        var ids = Enumerable.Range(1, 1000).Select(i => (long)i).ToList();

        Assert.NotEqual(HoldOut.Pick(ids, 10).Order(), HoldOut.Pick(ids, 10).Order());
    }

    [Fact]
    public void PlaceholdersArePersonalAndUnknownOnesAreNamed()
    {
        var member = new RecipientFacts { FirstName = null, DisplayName = "Sam", PointsBalance = 1234, Tier = "Gold" };

        Assert.Equal("Hi Sam, 1,234 points (Gold) {x}", MessageText.Render("Hi {firstName}, {points} points ({tier}) {x}", member, new()));
        Assert.Equal(["{x}"], MessageText.UnknownPlaceholders("Hi {firstName} {x} {x}"));
    }

    [Fact]
    public void AMemberGetsTheMessageInTheLanguageTheyJoinedInWithTheirTierAndPointsWrittenTheirWay()
    {
        var message = new CampaignMessage
        {
            Title = "Hello {firstName}",
            Body = "{points} points, {tier}",
            Translations = new() { ["pl"] = new CampaignMessageText { Title = "Cześć {firstName}", Body = "{points} pkt, poziom {tier}" } },
        };
        var translations = WalletLoyalty.Tests.Support.SamplePasses.Demo().Template.Translations;
        RecipientFacts Member(string? language) => new() { FirstName = "Ola", DisplayName = "Ola", PointsBalance = 1234, Tier = "Silver", Language = language };

        var polish = MessageText.Render(message, Member("pl"), translations);
        var thai = MessageText.Render(message, Member("th"), translations);
        var before = MessageText.Render(message, Member(null), translations);

        Assert.Equal(("Cześć Ola", "1\u00a0234 pkt, poziom Srebrny"), (polish.Title, polish.Body));
        Assert.Equal(("Hello Ola", "1,234 points, ซิลเวอร์"), (thai.Title, thai.Body)); // no Thai text yet: English, with the tier in Thai
        Assert.Equal(("Hello Ola", "1,234 points, Silver"), (before.Title, before.Body));
    }
}
