using WalletLoyalty.Push;

namespace WalletLoyalty.Server.Push;

/// <summary>Hands each outbox message to its channel's sender.</summary>
public sealed class PushSender(IEnumerable<IChannelSender> senders)
{
    private readonly Dictionary<string, IChannelSender> _byChannel = senders.ToDictionary(s => s.Channel);

    public Task<OutboxResult> SendAsync(OutboxMessage message) =>
        _byChannel.TryGetValue(message.Channel, out var sender)
            ? sender.SendAsync(message)
            : Task.FromResult(new OutboxResult(message, OutboxOutcome.Failed, $"No sender for channel '{message.Channel}'"));
}
