namespace WalletLoyalty.Access;

/// <summary>A stored API key: never the key itself, only its prefix (to find it) and its SHA-256 (to check it).</summary>
public sealed record ApiKey
{
    public long Id { get; init; }
    public string KeyPrefix { get; init; } = "";
    public string KeyHash { get; init; } = "";
    public string Role { get; init; } = "";
    public string? ProgramId { get; init; }
    public string? StoreId { get; init; }
    public string Name { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    public const string Columns = """
        id AS Id, key_prefix AS KeyPrefix, key_hash AS KeyHash, role AS Role, program_id AS ProgramId,
        store_id AS StoreId, name AS Name, created_at AS CreatedAt, revoked_at AS RevokedAt
        """;
}
