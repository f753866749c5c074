namespace WalletLoyalty.Push.Fcm;

public enum FcmOutcome
{
    /// <summary>FCM accepted the message; <see cref="FcmResult.Name"/> is its id.</summary>
    Sent,

    /// <summary>The registration token is dead, invalid or another project's: delete it, do not retry.</summary>
    RemoveToken,

    /// <summary>Transient: try again later, no sooner than <see cref="FcmResult.RetryAfter"/> if set.</summary>
    Retry,

    /// <summary>Retrying as-is will not help (a bad message or configuration); see the error.</summary>
    Failed,
}
