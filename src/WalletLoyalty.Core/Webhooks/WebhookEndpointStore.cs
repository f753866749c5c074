using System.Data.Common;
using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;

namespace WalletLoyalty.Webhooks;

/// <summary>A program's webhook endpoints and their subscriptions; every change is audited in its own transaction.</summary>
public sealed class WebhookEndpointStore(IDatabase database, WebhookSecrets secrets, TimeProvider time)
{
    public const string Created = "webhook.created";
    public const string Changed = "webhook.changed";
    public const string Deleted = "webhook.deleted";
    public const string SecretRotated = "webhook.secret-rotated";

    /// <summary>Creates the endpoint, enabled, and answers it with its signing secret, which is not shown again.</summary>
    public async Task<(WebhookEndpoint Endpoint, string Secret)> CreateAsync(string programId, string url, IReadOnlyList<string> events, string description, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (secret, stored) = secrets.New();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO webhook_endpoints (program_id, url, description, secret, enabled, created_at, updated_at)
            VALUES (@programId, @url, @description, @stored, TRUE, @now, @now) RETURNING id
            """,
            new { programId, url, description, stored, now }, transaction);
        await SubscribeAsync(connection, transaction, id, events);
        await AuditTrail.RecordAsync(connection, transaction, actor, Created, $"webhook {id} ({url})", programId, now);
        var endpoint = (await FindAsync(connection, transaction, programId, id))!;
        await transaction.CommitAsync(cancellationToken);
        return (endpoint, secret);
    }

    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(string programId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var endpoints = (await connection.QueryAsync<WebhookEndpoint>(
            $"SELECT {WebhookEndpoint.Columns} FROM webhook_endpoints WHERE program_id = @programId AND deleted_at IS NULL ORDER BY id",
            new { programId })).AsList();
        var events = (await connection.QueryAsync<(long EndpointId, string EventType)>(
            """
            SELECT s.endpoint_id, s.event_type FROM webhook_subscriptions s JOIN webhook_endpoints e ON e.id = s.endpoint_id
            WHERE e.program_id = @programId AND e.deleted_at IS NULL ORDER BY s.event_type
            """,
            new { programId })).ToLookup(s => s.EndpointId, s => s.EventType);
        return endpoints.Select(e => e with { Events = events[e.Id].ToList() }).ToList();
    }

    public async Task<WebhookEndpoint?> GetAsync(string programId, long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, programId, id);
    }

    /// <summary>Null when the program has no such endpoint. Disabling stops deliveries not yet sent as well as new ones.</summary>
    public async Task<WebhookEndpoint?> UpdateAsync(string programId, long id, WebhookEndpointChange change, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE webhook_endpoints SET url = COALESCE(@Url, url), description = COALESCE(@Description, description),
                enabled = COALESCE(@Enabled, enabled), updated_at = @now
            WHERE id = @id AND program_id = @programId AND deleted_at IS NULL
            """,
            new { change.Url, change.Description, change.Enabled, now, id, programId }, transaction);
        if (updated == 0)
        {
            return null;
        }
        if (change.Events is { } events)
        {
            await connection.ExecuteAsync("DELETE FROM webhook_subscriptions WHERE endpoint_id = @id", new { id }, transaction);
            await SubscribeAsync(connection, transaction, id, events);
        }
        await AuditTrail.RecordAsync(connection, transaction, actor, Changed, $"webhook {id}", programId, now);
        var endpoint = await FindAsync(connection, transaction, programId, id);
        await transaction.CommitAsync(cancellationToken);
        return endpoint;
    }

    /// <summary>Removes the endpoint from the list and from every future delivery; its delivery log stays in the database.</summary>
    public async Task<bool> DeleteAsync(string programId, long id, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(
            "UPDATE webhook_endpoints SET deleted_at = @now, enabled = FALSE, updated_at = @now WHERE id = @id AND program_id = @programId AND deleted_at IS NULL",
            new { now, id, programId }, transaction);
        if (deleted > 0)
        {
            await AuditTrail.RecordAsync(connection, transaction, actor, Deleted, $"webhook {id}", programId, now);
        }
        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    /// <summary>A new secret, in force for every delivery attempt from now on (retries included); null when there is no such endpoint.</summary>
    public async Task<string?> RotateSecretAsync(string programId, long id, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (secret, stored) = secrets.New();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rotated = await connection.ExecuteAsync(
            "UPDATE webhook_endpoints SET secret = @stored, updated_at = @now WHERE id = @id AND program_id = @programId AND deleted_at IS NULL",
            new { stored, now, id, programId }, transaction);
        if (rotated == 0)
        {
            return null;
        }
        await AuditTrail.RecordAsync(connection, transaction, actor, SecretRotated, $"webhook {id}", programId, now);
        await transaction.CommitAsync(cancellationToken);
        return secret;
    }

    private static Task SubscribeAsync(DbConnection connection, DbTransaction transaction, long id, IReadOnlyList<string> events) =>
        connection.ExecuteAsync(
            "INSERT INTO webhook_subscriptions (endpoint_id, event_type) VALUES (@id, @type)",
            events.Distinct(StringComparer.Ordinal).Select(type => new { id, type }), transaction);

    private static async Task<WebhookEndpoint?> FindAsync(DbConnection connection, DbTransaction? transaction, string programId, long id)
    {
        var endpoint = await connection.QuerySingleOrDefaultAsync<WebhookEndpoint>(
            $"SELECT {WebhookEndpoint.Columns} FROM webhook_endpoints WHERE id = @id AND program_id = @programId AND deleted_at IS NULL",
            new { id, programId }, transaction);
        if (endpoint is null)
        {
            return null;
        }
        var events = await connection.QueryAsync<string>(
            "SELECT event_type FROM webhook_subscriptions WHERE endpoint_id = @id ORDER BY event_type", new { id }, transaction);
        return endpoint with { Events = events.ToList() };
    }
}
