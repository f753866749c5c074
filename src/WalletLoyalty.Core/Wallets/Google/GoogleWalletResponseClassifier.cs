namespace WalletLoyalty.Wallets.Google;

/// <summary>Turns a Google Wallet error answer into what to do next (protocols.md §4.10).</summary>
internal static class GoogleWalletResponseClassifier
{
    public static GoogleWalletResult Classify(int statusCode, GoogleApiError error, TimeSpan? retryAfter)
    {
        var reason = error.Reason ?? error.Status;
        var outcome = statusCode switch
        {
            409 => GoogleWalletOutcome.AlreadyExists,
            404 => GoogleWalletOutcome.NotFound,
            403 when error.Reason == "quotaExceeded" => GoogleWalletOutcome.QuotaExceeded,
            429 or >= 500 => GoogleWalletOutcome.Retry,
            _ => GoogleWalletOutcome.Failed,
        };
        return new GoogleWalletResult(
            outcome, null, statusCode, reason, error.Message, outcome == GoogleWalletOutcome.Retry ? retryAfter : null);
    }
}
