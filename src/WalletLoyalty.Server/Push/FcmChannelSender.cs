using System.Text.Json;
using System.Text.Json.Nodes;
using WalletLoyalty.Members;
using WalletLoyalty.Push;
using WalletLoyalty.Push.Fcm;

namespace WalletLoyalty.Server.Push;

/// <summary>Sends an app notification; a token FCM no longer knows is forgotten.</summary>
public sealed class FcmChannelSender(IFcmClient fcm, AppDevices devices) : IChannelSender
{
    public string Channel => PushOutbox.FcmChannel;

    public async Task<OutboxResult> SendAsync(OutboxMessage message)
    {
        var content = JsonSerializer.Deserialize<FcmPayload>(message.Payload ?? "{}", JsonSerializerOptions.Web)!;
        // Without a title or body it is a data message: the app handles it and nothing is shown.
        var notification = content.Title is null && content.Body is null ? null : new FcmNotification(content.Title, content.Body);
        var result = await fcm.SendAsync(FcmMessage.ToToken(message.Target, notification, content.Data), CancellationToken.None);
        switch (result.Outcome)
        {
            case FcmOutcome.Sent:
                return new OutboxResult(message, OutboxOutcome.Sent);
            case FcmOutcome.RemoveToken:
                await devices.ForgetAsync(message.Target, CancellationToken.None);
                return new OutboxResult(message, OutboxOutcome.Dropped, result.ErrorCode);
            case FcmOutcome.Retry:
                return new OutboxResult(message, OutboxOutcome.Retry, result.ErrorCode, result.RetryAfter);
            default:
                return new OutboxResult(message, OutboxOutcome.Failed, $"{result.ErrorCode}: {result.Message}");
        }
    }
}

public sealed record FcmPayload(string? Title, string? Body, JsonObject? Data);
