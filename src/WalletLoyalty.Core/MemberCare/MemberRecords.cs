using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.MemberCare;

/// <summary>Reads what is held about one member, for the staff's view and for an export.</summary>
public sealed class MemberRecords(IDatabase database)
{
    public const int LedgerPageSize = 50;

    /// <summary>The member with a page of their ledger (newest first); null when the program has no such member.</summary>
    public async Task<MemberDetails?> DetailsAsync(string programId, long memberId, int ledgerPage, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await ProfileAsync(connection, null, programId, memberId) is not { } profile)
        {
            return null;
        }
        var total = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ledger_entries WHERE member_id = @memberId", new { memberId });
        var entries = await LedgerAsync(connection, memberId, LedgerPageSize, (long)(ledgerPage - 1) * LedgerPageSize);
        return new MemberDetails(profile, await PassesAsync(connection, memberId, withTokens: false), await AppDevicesAsync(connection, memberId, withTokens: false),
            await CouponsAsync(connection, memberId), await ConsentsAsync(connection, memberId), new LedgerPage(entries, ledgerPage, total));
    }

    public static Task<MemberProfileView?> ProfileAsync(DbConnection connection, DbTransaction? transaction, string programId, long memberId) =>
        connection.QuerySingleOrDefaultAsync<MemberProfileView>(
            $"SELECT {MemberProfileView.Columns} FROM members WHERE id = @memberId AND program_id = @programId", new { memberId, programId }, transaction);

    public static async Task<IReadOnlyList<MemberLedgerEntry>> LedgerAsync(DbConnection connection, long memberId, long limit, long offset, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<MemberLedgerEntry>(
            """
            SELECT id AS Id, kind AS Kind, points AS Points, balance_after AS BalanceAfter, amount_minor AS AmountMinor, currency AS Currency,
                   store_id AS StoreId, receipt_id AS ReceiptId, reward_id AS RewardId, reason AS Reason, occurred_at AS OccurredAt
            FROM ledger_entries WHERE member_id = @memberId ORDER BY id DESC LIMIT @limit OFFSET @offset
            """,
            new { memberId, limit, offset }, transaction)).AsList();

    public static async Task<IReadOnlyList<MemberPassView>> PassesAsync(DbConnection connection, long memberId, bool withTokens, DbTransaction? transaction = null)
    {
        var passes = (await connection.QueryAsync<PassRow>(
            """
            SELECT p.id AS Id, p.kind AS Kind, p.serial_number AS SerialNumber, p.voided AS Voided, p.version AS Version, p.created_at AS CreatedAt,
                   p.coupon_id AS CouponId, g.object_id AS GoogleObjectId, g.inserted_at AS GoogleInsertedAt, g.saved_at AS GoogleSavedAt,
                   g.deleted_at AS GoogleDeletedAt
            FROM passes p LEFT JOIN google_objects g ON g.pass_id = p.id
            WHERE p.member_id = @memberId ORDER BY p.id
            """,
            new { memberId }, transaction)).AsList();
        var devices = (await connection.QueryAsync<DeviceRow>(
            """
            SELECT r.pass_id AS PassId, r.device_library_identifier AS DeviceLibraryIdentifier, r.created_at AS RegisteredAt, d.push_token AS PushToken
            FROM apple_registrations r JOIN apple_devices d ON d.device_library_identifier = r.device_library_identifier
            JOIN passes p ON p.id = r.pass_id
            WHERE p.member_id = @memberId ORDER BY r.created_at
            """,
            new { memberId }, transaction)).ToLookup(d => d.PassId);
        return passes.Select(p => new MemberPassView(p.Id, p.Kind, p.SerialNumber, p.Voided, p.Version, p.CreatedAt, p.CouponId,
                p.GoogleObjectId is null ? null : new MemberGoogleObject(p.GoogleObjectId, p.GoogleInsertedAt!.Value, p.GoogleSavedAt, p.GoogleDeletedAt),
                devices[p.Id].Select(d => new MemberAppleDevice(d.DeviceLibraryIdentifier, d.RegisteredAt, withTokens ? d.PushToken : null)).ToList()))
            .ToList();
    }

    public static async Task<IReadOnlyList<MemberAppDevice>> AppDevicesAsync(DbConnection connection, long memberId, bool withTokens, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<AppDeviceRow>(
            "SELECT platform AS Platform, created_at AS CreatedAt, fcm_token AS FcmToken FROM app_devices WHERE member_id = @memberId ORDER BY id",
            new { memberId }, transaction))
        .Select(d => new MemberAppDevice(d.Platform, d.CreatedAt, withTokens ? d.FcmToken : null)).ToList();

    public static async Task<IReadOnlyList<MemberCouponView>> CouponsAsync(DbConnection connection, long memberId, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<MemberCouponView>(
            """
            SELECT id AS Id, title AS Title, description AS Description, value_minor AS ValueMinor, status AS Status, issued_at AS IssuedAt,
                   expires_at AS ExpiresAt, redeemed_at AS RedeemedAt, redeemed_store_id AS RedeemedStoreId, campaign_id AS CampaignId
            FROM coupons WHERE member_id = @memberId ORDER BY id
            """,
            new { memberId }, transaction)).AsList();

    public static async Task<IReadOnlyList<MemberConsentView>> ConsentsAsync(DbConnection connection, long memberId, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<MemberConsentView>(
            """
            SELECT granted AS Granted, text_version AS TextVersion, channel AS Channel, api_key_id AS ApiKeyId, occurred_at AS OccurredAt
            FROM member_consents WHERE member_id = @memberId ORDER BY occurred_at, id
            """,
            new { memberId }, transaction)).AsList();

    private sealed class PassRow
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public string SerialNumber { get; init; } = "";
        public bool Voided { get; init; }
        public long Version { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public long? CouponId { get; init; }
        public string? GoogleObjectId { get; init; }
        public DateTimeOffset? GoogleInsertedAt { get; init; }
        public DateTimeOffset? GoogleSavedAt { get; init; }
        public DateTimeOffset? GoogleDeletedAt { get; init; }
    }

    private sealed class DeviceRow
    {
        public long PassId { get; init; }
        public string DeviceLibraryIdentifier { get; init; } = "";
        public DateTimeOffset RegisteredAt { get; init; }
        public string PushToken { get; init; } = "";
    }

    private sealed class AppDeviceRow
    {
        public string Platform { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public string FcmToken { get; init; } = "";
    }
}
