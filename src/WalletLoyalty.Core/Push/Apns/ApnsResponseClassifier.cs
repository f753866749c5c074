namespace WalletLoyalty.Push.Apns;

/// <summary>Turns an APNs answer into what to do next (protocols.md §3.3).</summary>
internal static class ApnsResponseClassifier
{
    public static ApnsResult Classify(int statusCode, string? reason, TimeSpan? retryAfter, DateTimeOffset? unregisteredAt = null) =>
        statusCode switch
        {
            200 => new ApnsResult(ApnsOutcome.Delivered, statusCode, null, null),
            410 => new ApnsResult(ApnsOutcome.RemoveRegistration, statusCode, reason, null, unregisteredAt),
            400 when reason is "BadDeviceToken" or "DeviceTokenNotForTopic" =>
                new ApnsResult(ApnsOutcome.RemoveRegistration, statusCode, reason, null),
            429 or 500 or 503 => new ApnsResult(ApnsOutcome.Retry, statusCode, reason, retryAfter),
            _ => new ApnsResult(ApnsOutcome.Failed, statusCode, reason, null),
        };
}
