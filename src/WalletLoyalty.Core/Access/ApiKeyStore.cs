using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;

namespace WalletLoyalty.Access;

public sealed class ApiKeyStore(IDatabase database, TimeProvider time)
{
    /// <summary>Creates a key and returns it with the secret, which is never stored and never shown again.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string role, string? programId, string? storeId, string name, Actor actor, CancellationToken cancellationToken)
    {
        var secret = ApiKeySecrets.NewKey();
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var key = await connection.QuerySingleAsync<ApiKey>(
            $"""
            INSERT INTO api_keys (key_prefix, key_hash, role, program_id, store_id, name, created_at)
            VALUES (@prefix, @hash, @role, @programId, @storeId, @name, @now)
            RETURNING {ApiKey.Columns}
            """,
            new { prefix = ApiKeySecrets.PrefixOf(secret), hash = ApiKeySecrets.Hash(secret), role, programId, storeId, name, now }, transaction);
        await AuditTrail.RecordAsync(connection, transaction, actor, AuditTrail.KeyCreated, $"key {key.Id} ({role} '{name}')", programId, now);
        await transaction.CommitAsync(cancellationToken);
        return (key, secret);
    }

    public async Task<ApiKey?> FindActiveAsync(string secret, CancellationToken cancellationToken)
    {
        if (ApiKeySecrets.PrefixOf(secret) is not { } prefix)
        {
            return null;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var key = await connection.QuerySingleOrDefaultAsync<ApiKey>(
            $"SELECT {ApiKey.Columns} FROM api_keys WHERE key_prefix = @prefix AND revoked_at IS NULL", new { prefix });
        return key is not null && ApiKeySecrets.Matches(secret, key.KeyHash) ? key : null;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ApiKey>($"SELECT {ApiKey.Columns} FROM api_keys ORDER BY id")).AsList();
    }

    public async Task<bool> RevokeAsync(long id, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var revoked = await connection.ExecuteAsync("UPDATE api_keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL", new { id, now }, transaction) == 1;
        if (revoked)
        {
            await AuditTrail.RecordAsync(connection, transaction, actor, AuditTrail.KeyRevoked, $"key {id}", null, now);
        }
        await transaction.CommitAsync(cancellationToken);
        return revoked;
    }
}
