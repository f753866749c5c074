using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Push;

/// <summary>A Google object a message is for: its kind, and whether it has a notification left in its 24 hours.</summary>
public sealed record GoogleMessageTarget(WalletResourceKind Kind, bool MayNotify);

/// <summary>What the Google message sender reads and records about the object it writes to (<see cref="GoogleNotificationQuota"/>).</summary>
public sealed class GoogleMessageTargets(IDatabase database)
{
    /// <summary>An object we do not know is taken for a loyalty object.</summary>
    public async Task<GoogleMessageTarget> LookUpAsync(string objectId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        var kind = await connection.ExecuteScalarAsync<string?>("SELECT kind FROM google_objects WHERE object_id = @Target", new { Target = objectId }) == "offer"
            ? WalletResourceKind.OfferObject
            : WalletResourceKind.LoyaltyObject;
        return new GoogleMessageTarget(kind, await GoogleNotificationQuota.SentInLastDayAsync(connection, objectId, now) < GoogleNotificationQuota.PerDay);
    }

    /// <summary>Counts a notifying message against the object's daily quota.</summary>
    public async Task RecordNotificationAsync(string objectId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await GoogleNotificationQuota.RecordAsync(connection, objectId, now);
    }
}
