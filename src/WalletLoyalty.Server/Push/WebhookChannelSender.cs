using System.Globalization;
using Microsoft.Extensions.Options;
using WalletLoyalty.Push;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Server.Push;

/// <summary>
/// Sends a webhook delivery (the outbox row's target is its id) and logs the attempt. Any answer but a 2xx, and
/// no answer at all, is retried with the outbox's back-off until the attempts run out; an endpoint disabled or
/// deleted since the event gets nothing.
/// </summary>
public sealed class WebhookChannelSender(WebhookDeliveries deliveries, WebhookSecrets secrets, WebhookClient client, TimeProvider time, IOptions<PushOptions> push)
    : IChannelSender
{
    public string Channel => PushOutbox.WebhookChannel;

    public async Task<OutboxResult> SendAsync(OutboxMessage message)
    {
        if (!long.TryParse(message.Target, NumberStyles.None, CultureInfo.InvariantCulture, out var deliveryId)
            || await deliveries.FindForSendingAsync(deliveryId, CancellationToken.None) is not { } delivery)
        {
            return new OutboxResult(message, OutboxOutcome.Failed, "no such webhook delivery");
        }
        if (!delivery.Enabled)
        {
            await deliveries.DropAsync(deliveryId, "the endpoint is disabled", CancellationToken.None);
            return new OutboxResult(message, OutboxOutcome.Dropped, "the endpoint is disabled");
        }
        var attemptedAt = time.GetUtcNow();
        var response = await client.PostAsync(delivery, secrets.Unprotect(delivery.Secret), CancellationToken.None);
        var status = response.Delivered ? "delivered" : message.Attempts >= push.Value.MaxAttempts ? "failed" : "retrying";
        await deliveries.RecordAttemptAsync(deliveryId, new WebhookAttempt
        {
            AttemptedAt = attemptedAt, StatusCode = response.StatusCode, Error = response.Error, DurationMs = (long)response.Duration.TotalMilliseconds,
        }, status, CancellationToken.None);
        return response.Delivered
            ? new OutboxResult(message, OutboxOutcome.Sent)
            : new OutboxResult(message, OutboxOutcome.Retry, response.Error, response.RetryAfter);
    }
}
