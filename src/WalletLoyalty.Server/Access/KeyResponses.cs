using WalletLoyalty.Access;

namespace WalletLoyalty.Server.Access;

/// <summary>A key just created: the only answer that carries its secret.</summary>
public sealed record NewKeyResponse(long Id, string Key, string Role, string? ProgramId, string? StoreId, string Name, DateTimeOffset CreatedAt);

/// <summary>A key as the list shows it: its prefix, never its secret or hash.</summary>
public sealed record ApiKeyView(
    long Id, string Prefix, string Role, string? ProgramId, string? StoreId, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyView Of(ApiKey key) =>
        new(key.Id, key.KeyPrefix, key.Role, key.ProgramId, key.StoreId, key.Name, key.CreatedAt, key.RevokedAt);
}
