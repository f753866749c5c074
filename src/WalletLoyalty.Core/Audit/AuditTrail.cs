using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Audit;

/// <summary>The audit trail: written in the transaction of the change it records, so neither exists without the other.</summary>
public sealed class AuditTrail(IDatabase database)
{
    public const string KeyCreated = "key.created";
    public const string KeyRevoked = "key.revoked";
    public const string CampaignCreated = "campaign.created";
    public const string CouponIssued = "coupon.issued";
    public const string ImportStarted = "import.started";

    public static Task RecordAsync(DbConnection connection, DbTransaction transaction, Actor actor, string action, string subject, string? programId, DateTimeOffset now) =>
        connection.ExecuteAsync(
            """
            INSERT INTO audit_events (api_key_id, key_name, action, subject, program_id, occurred_at)
            VALUES (@keyId, @keyName, @action, @subject, @programId, @now)
            """,
            new { keyId = actor.KeyId, keyName = actor.KeyName, action, subject, programId, now }, transaction);

    /// <summary>The newest entries first, a page at a time.</summary>
    public async Task<IReadOnlyList<AuditEvent>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<AuditEvent>(new CommandDefinition(
            """
            SELECT id AS Id, api_key_id AS KeyId, key_name AS KeyName, action AS Action, subject AS Subject, program_id AS ProgramId, occurred_at AS OccurredAt
            FROM audit_events ORDER BY id DESC LIMIT @pageSize OFFSET @offset
            """,
            new { pageSize, offset = (long)(page - 1) * pageSize }, cancellationToken: cancellationToken))).ToList();
    }
}

public sealed record AuditEvent
{
    public long Id { get; init; }
    public long KeyId { get; init; }
    public string KeyName { get; init; } = "";
    public string Action { get; init; } = "";
    public string Subject { get; init; } = "";
    public string? ProgramId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}
