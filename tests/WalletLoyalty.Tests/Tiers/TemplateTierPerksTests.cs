using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Tiers;

namespace WalletLoyalty.Tests.Tiers;

/// <summary>mechanics.tierPerks as a template gives it: the demo's perks, and every piece out of range refused at start.</summary>
public sealed class TemplateTierPerksTests
{
    private static IReadOnlyList<string> Validate(TierPerks perks)
    {
        var demo = SamplePasses.Demo();
        var copy = System.Text.Json.JsonSerializer.Deserialize<ProgramTemplate>(System.Text.Json.JsonSerializer.Serialize(demo.Template))!;
        copy.Translations = new ProgramTranslations();
        copy.Mechanics = new ProgramMechanics { TierPerks = perks };
        return TemplateValidator.Validate("demo", copy, demo.Images);
    }

    [Fact]
    public void TheDemoEarnsMoreInSilverAndGoldAndGivesGoldAWelcomeGift()
    {
        var perks = SamplePasses.Demo().Template.Mechanics.TierPerks!;

        Assert.Equal([100L, 125L, 150L], new[] { "Bronze", "Silver", "Gold" }.Select(t => perks.PointsFor(100, t)));
        Assert.Equal(100, perks.For("Gold")!.WelcomePoints);
        Assert.Equal(30, perks.GraceDays);
    }

    [Theory]
    [InlineData("Platinum", 100, 0, "coffee", 30, "{tier}", "mechanics.tierPerks.perks[Platinum]: no tier of that name")]
    [InlineData("Gold", 0, 0, "coffee", 30, "{tier}", "earnPercent must be between 1 and 1000")]
    [InlineData("Gold", 100, -1, "coffee", 30, "{tier}", "welcomePoints must be between 0 and 100000")]
    [InlineData("Gold", 100, 0, "cake", 30, "{tier}", "rewards: no reward with id 'cake'")]
    [InlineData("Gold", 100, 0, "coffee", 400, "{tier}", "graceDays must be between 0 and 365")]
    [InlineData("Gold", 100, 0, "coffee", 30, "{offer} ends", "graceNotice may only use {tier}, {points} and {date}")]
    public void APerkOutOfRangeIsRefusedAtStart(string tier, int percent, long welcome, string reward, int graceDays, string graceNotice, string message)
    {
        var errors = Validate(new TierPerks
        {
            Perks = [new TierPerk { Tier = tier, EarnPercent = percent, WelcomePoints = welcome, Rewards = [reward] }],
            GraceDays = graceDays,
            GraceNotice = graceNotice,
        });

        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void ARewardBelongsToOneTierAtMost()
    {
        var errors = Validate(new TierPerks
        {
            Perks = [new TierPerk { Tier = "Silver", Rewards = ["coffee"] }, new TierPerk { Tier = "Gold", Rewards = ["coffee"] }],
        });

        Assert.Contains(errors, e => e.Contains("a reward belongs to one tier's rewards at most", StringComparison.Ordinal));
    }
}
