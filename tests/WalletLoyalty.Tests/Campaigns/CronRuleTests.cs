using Microsoft.Extensions.Options;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Server.Campaigns;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>Every firing copies the whole audience, so a recurring campaign may fire at most once an hour unless configured otherwise.</summary>
public sealed class CronRuleTests
{
    [Theory]
    [InlineData("* * * * * ?", "fires every 1 seconds")]
    [InlineData("0 * * * * ?", "fires every 1 minutes")]
    [InlineData("0 0/30 * * * ?", "fires every 30 minutes")]
    [InlineData("0 0 9,9 * * ?", null)]
    [InlineData("0 0 * * * ?", null)]
    [InlineData("0 0 17 ? * FRI", null)]
    [InlineData("0 0 9 L * ?", null)]
    public void ACronFiringMoreOftenThanHourlyIsRefused(string cron, string? problem)
    {
        var rule = Rule(minutes: 60);

        if (problem is null)
        {
            Assert.Null(rule.Problem(cron));
        }
        else
        {
            Assert.StartsWith(problem, rule.Problem(cron));
        }
    }

    [Fact]
    public void TheShortestGapIsFoundEvenWhenMostGapsAreLong() =>
        Assert.StartsWith("fires every 5 minutes", Rule(minutes: 60).Problem("0 0,5 9 * * ?"));

    [Fact]
    public void TheMinimumIsConfigurable() => Assert.Null(Rule(minutes: 15).Problem("0 0/30 * * * ?"));

    [Fact]
    public void AnExpressionQuartzCannotReadIsNamedAsSuch() =>
        Assert.Contains("Quartz cron expression", Rule(minutes: 60).Problem("every friday"));

    private static CronRule Rule(double minutes) =>
        new(Options.Create(new CampaignOptions { MinCronIntervalMinutes = minutes }), TimeProvider.System);
}
