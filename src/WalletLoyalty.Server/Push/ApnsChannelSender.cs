using WalletLoyalty.Push;
using WalletLoyalty.Push.Apns;

namespace WalletLoyalty.Server.Push;

public sealed class ApnsChannelSender(IApnsClient apns, ILogger<ApnsChannelSender> logger) : IChannelSender
{
    public string Channel => PushOutbox.ApnsChannel;

    public async Task<OutboxResult> SendAsync(OutboxMessage message)
    {
        var result = await apns.SendPassUpdateAsync(message.Target, message.Topic, CancellationToken.None);
        var outcome = result.Outcome switch
        {
            ApnsOutcome.Delivered => OutboxOutcome.Sent,
            ApnsOutcome.RemoveRegistration => OutboxOutcome.Dropped,
            ApnsOutcome.Retry => OutboxOutcome.Retry,
            _ => OutboxOutcome.Failed,
        };
        if (outcome == OutboxOutcome.Failed)
        {
            logger.LogWarning("APNs refused a push for good: {Status} {Reason}", result.StatusCode, result.Reason);
        }
        return new OutboxResult(message, outcome, result.Reason ?? result.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture), result.RetryAfter);
    }
}
