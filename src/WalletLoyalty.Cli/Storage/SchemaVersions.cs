using Dapper;
using Npgsql;
using WalletLoyalty.Data;

namespace WalletLoyalty.Cli.Storage;

/// <summary>Both databases must stand at the newest migration this binary knows, so their tables are the ones it maps.</summary>
public static class SchemaVersions
{
    public static async Task RefuseUnlessNewestAsync(SourceDatabase source)
    {
        var newest = Newest("Sqlite");
        var version = await source.SchemaVersionAsync();
        if (version is null)
        {
            throw new CopyRefusedException($"{source.Connection.DataSource} has no migration history; it is not a WalletLoyalty database.");
        }
        if (version != newest)
        {
            throw new CopyRefusedException(version < newest
                ? $"The SQLite database is at migration {version}, this binary's newest is {newest}. Start the service of this version on it once (it migrates at start), stop it, then copy."
                : $"The SQLite database is at migration {version}, newer than this binary knows ({newest}). Use the walletloyalty binary of the service's version.");
        }
    }

    public static async Task RefuseUnlessNewestAsync(NpgsqlConnection target)
    {
        var newest = Newest("Postgres");
        var version = await target.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM schema_migrations");
        if (version != newest)
        {
            throw new CopyRefusedException($"The PostgreSQL database is at migration {version}, not at this binary's newest ({newest}); use an empty database.");
        }
    }

    private static int Newest(string migrationSet) => MigrationRunner.Scripts(migrationSet).Max(s => s.Version);
}
