namespace WalletLoyalty.Push.Fcm;

/// <summary>Turns an FCM error answer into what to do with the message and the token (protocols.md §5.3).</summary>
internal static class FcmResponseClassifier
{
    public static FcmResult Classify(int statusCode, FcmErrorBody error, TimeSpan? retryAfter)
    {
        var code = error.ErrorCode ?? error.Status;
        var outcome = (statusCode, code) switch
        {
            (404, "UNREGISTERED") => FcmOutcome.RemoveToken,
            (403, "SENDER_ID_MISMATCH") => FcmOutcome.RemoveToken,
            (400, "INVALID_ARGUMENT") when IsAboutTheToken(error) => FcmOutcome.RemoveToken,
            (429 or 500 or 503, _) => FcmOutcome.Retry,
            _ => FcmOutcome.Failed,
        };
        return new FcmResult(outcome, null, statusCode, code, error.Message, outcome == FcmOutcome.Retry ? retryAfter : null);
    }

    // INVALID_ARGUMENT also covers bad messages; only a bad token means the token should go.
    private static bool IsAboutTheToken(FcmErrorBody error) =>
        error.ViolatedFields.Contains("message.token")
        || (error.Message?.Contains("registration token", StringComparison.OrdinalIgnoreCase) ?? false);
}
