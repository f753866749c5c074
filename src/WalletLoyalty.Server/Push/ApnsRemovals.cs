using Microsoft.Extensions.Options;
using WalletLoyalty.Push;

namespace WalletLoyalty.Server.Push;

/// <summary>The removal guard of APNs answers, which logs an error when it starts holding removals.</summary>
public sealed class ApnsRemovals
{
    public ApnsRemovals(IOptions<PushOptions> options, TimeProvider time, ILogger<ApnsRemovals> logger)
    {
        Guard = new RemovalGuard(options.Value, time);
        Guard.HoldingChanged += holding =>
        {
            if (holding)
            {
                logger.LogError(
                    "Most APNs answers say the device is gone: registrations are kept until deliveries come back. Check Apple:ApnsBaseAddress (production, not the sandbox) and the Pass Type ID certificate");
            }
            else
            {
                logger.LogWarning("APNs delivers again: device removals resume");
            }
        };
    }

    public RemovalGuard Guard { get; }
}
