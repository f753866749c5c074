using WalletLoyalty.Push;

namespace WalletLoyalty.Server.Push;

/// <summary>Sends the outbox messages of one channel (APNs, a Google object patch, a Google message, FCM).</summary>
public interface IChannelSender
{
    string Channel { get; }

    Task<OutboxResult> SendAsync(OutboxMessage message);
}
