namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>Where the verifier gets Google's root signing keys.</summary>
public interface IGoogleRootKeySource
{
    /// <summary>The current keys, from a cache when it is fresh.</summary>
    Task<IReadOnlyList<GoogleRootKey>> GetKeysAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called when no key verified an intermediate key, in case Google has rotated its keys:
    /// fetches again unless it fetched within the last minute, and returns the keys it then holds.
    /// </summary>
    Task<IReadOnlyList<GoogleRootKey>> RefreshAsync(CancellationToken cancellationToken);
}
