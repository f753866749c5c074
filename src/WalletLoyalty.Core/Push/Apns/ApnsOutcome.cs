namespace WalletLoyalty.Push.Apns;

public enum ApnsOutcome
{
    /// <summary>APNs accepted the push.</summary>
    Delivered,

    /// <summary>The token is dead for this pass type: delete the device registration(s).</summary>
    RemoveRegistration,

    /// <summary>Transient: try again later, no sooner than <see cref="ApnsResult.RetryAfter"/> if set.</summary>
    Retry,

    /// <summary>Retrying as-is will not help (configuration or request error); see the reason.</summary>
    Failed,
}
