using WalletLoyalty.Programs;
using WalletLoyalty.Push;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Server.Push;

/// <summary>Inserts or patches a program's loyalty class from its template (queued at start).</summary>
public sealed class GoogleClassChannelSender(GoogleWallet google, GoogleObjects objects, ProgramCatalog programs) : IChannelSender
{
    public string Channel => PushOutbox.GoogleClassChannel;

    public async Task<OutboxResult> SendAsync(OutboxMessage message)
    {
        var program = programs.Find(message.Target);
        if (!google.Enabled || program is null)
        {
            return new OutboxResult(message, OutboxOutcome.Failed, "Google Wallet is not configured or the program is gone");
        }
        var json = GooglePassContent.LoyaltyClass(google.IssuerId, program, google.PublicBaseUrl).ToJson();
        return GoogleResults.ToOutbox(message, await objects.UpsertClassAsync(WalletResourceKind.LoyaltyClass, json, CancellationToken.None));
    }
}
