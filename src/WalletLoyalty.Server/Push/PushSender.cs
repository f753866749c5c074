using WalletLoyalty.Push;
using WalletLoyalty.Push.Apns;

namespace WalletLoyalty.Server.Push;

/// <summary>Sends one outbox message on its channel and says what became of it.</summary>
public sealed class PushSender(IApnsClient apns, ILogger<PushSender> logger)
{
    public async Task<OutboxResult> SendAsync(OutboxMessage message)
    {
        if (message.Channel != PushOutbox.ApnsChannel)
        {
            return new OutboxResult(message, OutboxOutcome.Failed, $"No sender for channel '{message.Channel}'");
        }
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
