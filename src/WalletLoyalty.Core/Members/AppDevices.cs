using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Security;

namespace WalletLoyalty.Members;

/// <summary>The brand app's FCM registration tokens, per member.</summary>
public sealed class AppDevices(IDatabase database, TimeProvider time)
{
    /// <summary>
    /// True when the token is the authentication token of one of the member's store cards (compared in constant time).
    /// A coupon pass's token does not count: it travels in a shareable link's pass and stands for that coupon only.
    /// </summary>
    public async Task<bool> IsMemberTokenAsync(long memberId, string? presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var tokens = await connection.QueryAsync<string>("SELECT authentication_token FROM passes WHERE member_id = @memberId AND kind = 'storeCard'", new { memberId });
        var match = false;
        foreach (var token in tokens)
        {
            match |= ConstantTime.Equals(presented, token);
        }
        return match;
    }

    /// <summary>Registers the token for the member; a token moving to another member (a shared phone) moves with it. True when new.</summary>
    public async Task<bool> RegisterAsync(long memberId, string fcmToken, string platform, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var existing = await connection.ExecuteScalarAsync<long?>("SELECT member_id FROM app_devices WHERE fcm_token = @fcmToken", new { fcmToken });
        await connection.ExecuteAsync(
            """
            INSERT INTO app_devices (member_id, fcm_token, platform, created_at, updated_at) VALUES (@memberId, @fcmToken, @platform, @now, @now)
            ON CONFLICT (fcm_token) DO UPDATE SET member_id = excluded.member_id, platform = excluded.platform, updated_at = excluded.updated_at
            """,
            new { memberId, fcmToken, platform, now });
        return existing != memberId;
    }

    public async Task ForgetAsync(string fcmToken, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM app_devices WHERE fcm_token = @fcmToken", new { fcmToken });
    }
}
