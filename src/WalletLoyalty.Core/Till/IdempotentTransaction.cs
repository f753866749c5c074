using System.Data.Common;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Till;

/// <summary>
/// Runs a till operation in one transaction and stores its answer under its Idempotency-Key in that
/// same transaction: a retry gets the first answer back and changes nothing. A refusal changes nothing
/// and is stored on its own, so a retry is refused alike.
/// </summary>
public sealed class IdempotentTransaction(IDatabase database, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const int Attempts = 3;

    public async Task<StoredAnswer> RunAsync(long apiKeyId, string idempotencyKey, string requestHash,
        Func<DbConnection, DbTransaction, DateTimeOffset, Task<TillAnswer>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRunAsync(apiKeyId, idempotencyKey, requestHash, operation, cancellationToken);
            }
            catch (Exception ex) when (attempt < Attempts && database.IsUniqueViolation(ex))
            {
                // Another request with the same key or receipt committed first; the next attempt sees its answer.
            }
        }
    }

    private async Task<StoredAnswer> TryRunAsync(long apiKeyId, string key, string requestHash,
        Func<DbConnection, DbTransaction, DateTimeOffset, Task<TillAnswer>> operation, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await FindAsync(connection, transaction, apiKeyId, key) is { } stored)
        {
            return stored.RequestHash == requestHash
                ? new StoredAnswer((int)stored.StatusCode, stored.ResponseBody, Replayed: true)
                : Serialize(new TillAnswer(422, null, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request. Use a new key for a new request."), false);
        }
        var now = time.GetUtcNow();
        var answer = await operation(connection, transaction, now);
        var result = Serialize(answer, false);
        if (!answer.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            await using var refusal = await connection.BeginTransactionAsync(cancellationToken);
            await StoreAsync(connection, refusal, apiKeyId, key, requestHash, result, now);
            await refusal.CommitAsync(cancellationToken);
            answer.Settled?.Invoke();
            return result;
        }
        await StoreAsync(connection, transaction, apiKeyId, key, requestHash, result, now);
        await transaction.CommitAsync(cancellationToken);
        answer.Settled?.Invoke();
        return result;
    }

    private static StoredAnswer Serialize(TillAnswer answer, bool replayed) => answer.Succeeded
        ? new StoredAnswer(answer.StatusCode, JsonSerializer.Serialize(answer.Value, Json), replayed)
        : new StoredAnswer(answer.StatusCode, JsonSerializer.Serialize(new
        {
            type = "https://walletloyalty.dev/problems/" + answer.ProblemType,
            title = answer.Title,
            status = answer.StatusCode,
            detail = answer.Detail,
        }, Json), replayed);

    private static Task<StoredRow?> FindAsync(DbConnection connection, DbTransaction transaction, long apiKeyId, string key) =>
        connection.QuerySingleOrDefaultAsync<StoredRow>(
            """
            SELECT request_hash AS RequestHash, status_code AS StatusCode, response_body AS ResponseBody
            FROM idempotency_keys WHERE api_key_id = @apiKeyId AND idempotency_key = @key
            """,
            new { apiKeyId, key }, transaction);

    private static Task StoreAsync(DbConnection connection, DbTransaction transaction, long apiKeyId, string key, string requestHash, StoredAnswer answer, DateTimeOffset now) =>
        connection.ExecuteAsync(
            """
            INSERT INTO idempotency_keys (api_key_id, idempotency_key, request_hash, status_code, response_body, created_at)
            VALUES (@apiKeyId, @key, @requestHash, @StatusCode, @Json, @now)
            """,
            new { apiKeyId, key, requestHash, answer.StatusCode, answer.Json, now }, transaction);

    private sealed class StoredRow
    {
        public string RequestHash { get; init; } = "";
        public long StatusCode { get; init; }
        public string ResponseBody { get; init; } = "";
    }
}

/// <summary>An answer as JSON, ready to send: the first one, or a replay of it.</summary>
public sealed record StoredAnswer(int StatusCode, string Json, bool Replayed);
