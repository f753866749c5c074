using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

/// <summary>
/// The Google Wallet REST calls for loyalty cards and coupons. Never throws for Google or transport
/// errors; the result says what happened. Throws only when the cancellation token is cancelled.
/// </summary>
public interface IGoogleWalletClient
{
    /// <summary>Creates a class or object; an id that exists is reported as <see cref="GoogleWalletOutcome.AlreadyExists"/>.</summary>
    Task<GoogleWalletResult> InsertAsync(WalletResourceKind kind, JsonObject resource, CancellationToken cancellationToken);

    Task<GoogleWalletResult> GetAsync(WalletResourceKind kind, string id, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the top-level fields in <paramref name="changes"/>; arrays are replaced whole, so send
    /// every item that should remain. <paramref name="notifyOnUpdate"/> asks Google to notify holders
    /// of the change, which counts towards the pass's 3 notifications per 24 hours.
    /// </summary>
    Task<GoogleWalletResult> PatchAsync(
        WalletResourceKind kind,
        string id,
        JsonObject changes,
        bool notifyOnUpdate,
        CancellationToken cancellationToken);

    /// <summary>Adds a message to the pass; the result holds the updated resource.</summary>
    Task<GoogleWalletResult> AddMessageAsync(
        WalletResourceKind kind,
        string id,
        WalletMessage message,
        CancellationToken cancellationToken);
}
