using WalletLoyalty.Push;
using WalletLoyalty.Push.Apns;

namespace WalletLoyalty.Server.Push;

public sealed class ApnsChannelSender : IChannelSender
{
    private readonly IApnsClient _apns;
    private readonly RemovalGuard _removals;
    private readonly ILogger<ApnsChannelSender> _logger;

    public ApnsChannelSender(IApnsClient apns, ApnsRemovals removals, ILogger<ApnsChannelSender> logger)
    {
        _apns = apns;
        _removals = removals.Guard;
        _logger = logger;
    }

    public string Channel => PushOutbox.ApnsChannel;

    public async Task<OutboxResult> SendAsync(OutboxMessage message)
    {
        var result = await _apns.SendPassUpdateAsync(message.Target, message.Topic, CancellationToken.None);
        var error = result.Reason ?? result.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (result.Outcome)
        {
            case ApnsOutcome.Delivered:
                _removals.Delivered();
                return new OutboxResult(message, OutboxOutcome.Sent, error);
            case ApnsOutcome.RemoveRegistration when !_removals.MayRemove():
                // The registration stays: a burst of "gone" answers is a configuration fault until deliveries come back.
                return new OutboxResult(message, OutboxOutcome.Failed, "removal held: " + error);
            case ApnsOutcome.RemoveRegistration:
                return new OutboxResult(message, OutboxOutcome.Dropped, error, GoneSince: result.UnregisteredAt);
            case ApnsOutcome.Retry:
                return new OutboxResult(message, OutboxOutcome.Retry, error, result.RetryAfter);
            default:
                _logger.LogWarning("APNs refused a push for good: {Status} {Reason}", result.StatusCode, result.Reason);
                return new OutboxResult(message, OutboxOutcome.Failed, error);
        }
    }
}
