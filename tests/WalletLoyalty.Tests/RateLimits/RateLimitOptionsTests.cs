using WalletLoyalty.Configuration;
using WalletLoyalty.Server.RateLimits;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.RateLimits;

public sealed class RateLimitOptionsTests
{
    [Fact]
    public void ImpossibleLimitsStopTheStartNamingEverySetting()
    {
        var options = new RateLimitOptions { DevicesPerPass = 0 };
        options.Joins.PermitLimit = 0;
        options.AppleLog.Window = TimeSpan.Zero;
        options.GoogleCallbacks.Window = TimeSpan.FromMinutes(-1);

        var problem = Assert.Throws<ConfigurationProblemException>(() => RateLimitOptions.Check(options));

        Assert.Collection(problem.Problems,
            p => Assert.StartsWith("RateLimits:Joins:PermitLimit:", p, StringComparison.Ordinal),
            p => Assert.StartsWith("RateLimits:AppleLog:Window:", p, StringComparison.Ordinal),
            p => Assert.StartsWith("RateLimits:GoogleCallbacks:Window:", p, StringComparison.Ordinal),
            p => Assert.StartsWith("RateLimits:DevicesPerPass:", p, StringComparison.Ordinal));
    }

    [Fact]
    public void ByDefaultOneAddressEnrolsThirtyMembersInTenMinutesAndAPassHasFiveDevices()
    {
        var defaults = new RateLimitOptions();

        RateLimitOptions.Check(defaults);
        Assert.Equal((30, TimeSpan.FromMinutes(10)), (defaults.Joins.PermitLimit, defaults.Joins.Window));
        Assert.Equal(5, defaults.DevicesPerPass);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task AConfiguredZeroLimitStopsTheService()
    {
        var problem = await Assert.ThrowsAsync<ConfigurationProblemException>(() =>
            ServiceHost.StartAsync(settings => settings["RateLimits:TillLookups:PermitLimit"] = "0"));

        Assert.Contains(problem.Problems, p => p.StartsWith("RateLimits:TillLookups:PermitLimit:", StringComparison.Ordinal));
    }
}
