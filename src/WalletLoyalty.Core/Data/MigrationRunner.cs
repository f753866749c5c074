using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace WalletLoyalty.Data;

/// <summary>
/// Applies the numbered SQL scripts of the provider's migration set (V0001__name.sql, …) that the
/// database has not seen yet, each in its own transaction, and records them in schema_migrations.
/// </summary>
public sealed class MigrationRunner(IDatabase database, ILogger<MigrationRunner> logger)
{
    public async Task<int> ApplyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var migrationLock = await database.LockForMigrationsAsync(connection, cancellationToken);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations")).ToHashSet();
        var count = 0;
        foreach (var script in Scripts(database.MigrationSet).Where(s => !applied.Contains(s.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(script.Sql, transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { script.Version, script.Name, AppliedAt = TimestampHandler.Format(DateTimeOffset.UtcNow) },
                transaction);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied migration {Version} {Name}", script.Version, script.Name);
            count++;
        }
        if (database.PassTagRepairSql.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(database.PassTagRepairSql, cancellationToken: cancellationToken));
        }
        return count;
    }

    public static IReadOnlyList<MigrationScript> Scripts(string migrationSet)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"{typeof(MigrationRunner).Namespace}.Migrations.{migrationSet}.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => MigrationScript.Parse(name[prefix.Length..^4], Read(assembly, name)))
            .OrderBy(script => script.Version)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record MigrationScript(int Version, string Name, string Sql)
{
    public static MigrationScript Parse(string fileName, string sql)
    {
        var separator = fileName.IndexOf("__", StringComparison.Ordinal);
        if (!fileName.StartsWith('V') || separator < 2 || !int.TryParse(fileName[1..separator], out var version))
        {
            throw new InvalidOperationException($"Migration '{fileName}' must be named V<number>__<name>.sql");
        }
        return new MigrationScript(version, fileName[(separator + 2)..], sql);
    }
}
