using WalletLoyalty.Configuration;
using WalletLoyalty.Server.Health;

namespace WalletLoyalty.Tests.Health;

public sealed class HealthOptionsTests
{
    [Fact]
    public void ImpossibleThresholdsStopTheStartNamingEverySetting()
    {
        var problem = Assert.Throws<ConfigurationProblemException>(() =>
            HealthOptions.Check(new HealthOptions { OutboxBacklogDegraded = -1, OutboxWaitDegradedSeconds = 0 }));

        Assert.Collection(problem.Problems,
            p => Assert.StartsWith("Health:OutboxBacklogDegraded:", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Health:OutboxWaitDegradedSeconds:", p, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDefaultsPass() => HealthOptions.Check(new HealthOptions());
}
