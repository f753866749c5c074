using WalletLoyalty.Configuration;
using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Referrals;

/// <summary>mechanics.referral is checked at start like the rest of the template, naming what to fix.</summary>
public sealed class TemplateReferralTests
{
    private static IReadOnlyList<string> Problems(string referral)
    {
        using var folder = new TemplateFolder();
        folder.Write("mechanics.json", "{ \"referral\": " + referral + " }");
        return Assert.Throws<ConfigurationProblemException>(() => ProgramCatalog.Load(folder.Templates)).Problems;
    }

    [Fact]
    public void TheDemoRewardsBothSidesOfATenEuroFirstPurchase()
    {
        var referral = ProgramCatalog.Load(RepositoryPaths.Templates).Find("demo")!.Template.Mechanics.Referral!;

        Assert.Equal((50L, 50L, 1000L, 10), (referral.ReferrerPoints, referral.FriendPoints, referral.MinFirstPurchaseMinor, referral.MaxRewardsPerReferrer));
    }

    [Fact]
    public void OutOfRangeValuesAreEachNamed()
    {
        var problems = Problems("""{ "referrerPoints": -1, "friendPoints": 100001, "minFirstPurchaseMinor": -5, "maxRewardsPerReferrer": 0, "linkLabel": "" }""");

        Assert.Contains(problems, p => p.EndsWith("mechanics.referral.referrerPoints must be between 0 and 100000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("mechanics.referral.friendPoints must be between 0 and 100000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("mechanics.referral.minFirstPurchaseMinor must be between 0 and", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("mechanics.referral.maxRewardsPerReferrer must be between 1 and 1000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("mechanics.referral.linkLabel is required", StringComparison.Ordinal));
    }

    [Fact]
    public void ASectionThatRewardsNobodyIsRefused()
    {
        Assert.Contains(Problems("""{ "referrerPoints": 0, "friendPoints": 0, "minFirstPurchaseMinor": 1000 }"""),
            p => p.Contains("mechanics.referral: referrerPoints or friendPoints must be above 0", StringComparison.Ordinal));
    }

    [Fact]
    public void AStoreCardFieldCannotTakeTheReferralLinksKey()
    {
        using var folder = new TemplateFolder();
        var program = File.ReadAllText(Path.Combine(folder.Demo, "program.json"))
            .Replace("\"key\": \"shop\"", "\"key\": \"referral\"", StringComparison.Ordinal);
        folder.Write("program.json", program);

        var problem = Assert.Throws<ConfigurationProblemException>(() => ProgramCatalog.Load(folder.Templates));

        Assert.Contains(problem.Problems, p => p.Contains("the field key 'referral' is the referral link's own", StringComparison.Ordinal));
    }
}
