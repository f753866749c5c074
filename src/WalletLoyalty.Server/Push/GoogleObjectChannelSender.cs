using WalletLoyalty.Push;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Server.Push;

/// <summary>Brings a Google object up to date with its pass (re-inserting it if Google lost it).</summary>
public sealed class GoogleObjectChannelSender(GoogleWallet google, GoogleObjects objects) : IChannelSender
{
    public string Channel => PushOutbox.GoogleObjectChannel;

    public async Task<OutboxResult> SendAsync(OutboxMessage message) =>
        google.Enabled
            ? GoogleResults.ToOutbox(message, await objects.SyncAsync(message.Target, CancellationToken.None))
            : new OutboxResult(message, OutboxOutcome.Failed, "Google Wallet is not configured");
}
