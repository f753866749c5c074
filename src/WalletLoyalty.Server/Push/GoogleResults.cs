using WalletLoyalty.Push;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Server.Push;

public static class GoogleResults
{
    public static OutboxResult ToOutbox(OutboxMessage message, GoogleWalletResult result) => result.Outcome switch
    {
        GoogleWalletOutcome.Ok or GoogleWalletOutcome.AlreadyExists => new OutboxResult(message, OutboxOutcome.Sent),
        GoogleWalletOutcome.Retry => new OutboxResult(message, OutboxOutcome.Retry, $"{result.StatusCode} {result.Reason}", result.RetryAfter),
        _ => new OutboxResult(message, OutboxOutcome.Failed, $"{result.StatusCode} {result.Reason}: {result.Message}"),
    };
}
