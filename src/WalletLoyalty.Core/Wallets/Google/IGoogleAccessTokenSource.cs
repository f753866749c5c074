namespace WalletLoyalty.Wallets.Google;

/// <summary>OAuth 2.0 access tokens for Google APIs, one per scope, reused until shortly before they expire.</summary>
public interface IGoogleAccessTokenSource
{
    Task<string> GetAccessTokenAsync(string scope, CancellationToken cancellationToken);
}
