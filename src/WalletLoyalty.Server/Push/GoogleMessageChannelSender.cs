using System.Text.Json;
using WalletLoyalty.Push;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Server.Push;

/// <summary>
/// Adds a message to a Google object: as TEXT_AND_NOTIFY while the object has notifications left in
/// its 24 hours, else (or when Google answers quotaExceeded) as a silent TEXT message. A quota answer
/// is never retried as it was.
/// </summary>
public sealed class GoogleMessageChannelSender(GoogleWallet google, GoogleMessageTargets targets, TimeProvider time) : IChannelSender
{
    public const string SentSilently = "quota: sent without notification";

    public string Channel => PushOutbox.GoogleMessageChannel;

    public async Task<OutboxResult> SendAsync(OutboxMessage message)
    {
        if (!google.Enabled)
        {
            return new OutboxResult(message, OutboxOutcome.Failed, "Google Wallet is not configured");
        }
        var content = JsonSerializer.Deserialize<GoogleMessagePayload>(message.Payload ?? "{}", JsonSerializerOptions.Web)!;
        var now = time.GetUtcNow();
        var (kind, notify) = await targets.LookUpAsync(message.Target, now);
        var result = await Send(kind, message.Target, content, notify);
        var silent = !notify;
        if (result.Outcome == GoogleWalletOutcome.QuotaExceeded)
        {
            silent = true;
            result = await Send(kind, message.Target, content, notify: false);
        }
        if (result.Outcome == GoogleWalletOutcome.Ok && !silent)
        {
            await targets.RecordNotificationAsync(message.Target, now);
        }
        var outbox = GoogleResults.ToOutbox(message, result);
        return outbox.Outcome == OutboxOutcome.Sent && silent ? outbox with { Error = SentSilently } : outbox;
    }

    private Task<GoogleWalletResult> Send(WalletResourceKind kind, string objectId, GoogleMessagePayload content, bool notify) =>
        google.Client!.AddMessageAsync(kind, objectId,
            new WalletMessage(content.Id ?? "message", content.Header ?? "", content.Body ?? "", notify ? WalletMessageType.TextAndNotify : WalletMessageType.Text),
            CancellationToken.None);
}

public sealed record GoogleMessagePayload(string? Header, string? Body, string? Id);
