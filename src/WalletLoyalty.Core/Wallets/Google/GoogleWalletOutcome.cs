namespace WalletLoyalty.Wallets.Google;

public enum GoogleWalletOutcome
{
    /// <summary>Done; <see cref="GoogleWalletResult.Resource"/> holds the resource as Google now has it.</summary>
    Ok,

    /// <summary>Insert of an id that exists: patch it instead, or treat the create as done.</summary>
    AlreadyExists,

    /// <summary>The resource (or, on an object insert, its class) does not exist.</summary>
    NotFound,

    /// <summary>The pass had its 3 notifications in 24 hours. Do not retry; send the message as plain text instead.</summary>
    QuotaExceeded,

    /// <summary>Transient: try again later, no sooner than <see cref="GoogleWalletResult.RetryAfter"/> if set.</summary>
    Retry,

    /// <summary>Retrying as-is will not help; see the status and message.</summary>
    Failed,
}
