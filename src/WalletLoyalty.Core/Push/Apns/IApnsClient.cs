namespace WalletLoyalty.Push.Apns;

/// <summary>Sends the empty "pass changed" push that makes Wallet fetch a pass again.</summary>
public interface IApnsClient
{
    /// <summary>
    /// Pushes to one device token for one pass type. Never throws for APNs or transport errors;
    /// the result says what to do with the registration. Throws only when
    /// <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    Task<ApnsResult> SendPassUpdateAsync(
        string pushToken,
        string passTypeIdentifier,
        CancellationToken cancellationToken);
}
