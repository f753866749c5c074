using Microsoft.Data.Sqlite;
using Npgsql;
using WalletLoyalty.Configuration;
using WalletLoyalty.Data;

namespace WalletLoyalty.Server.Storage;

public static class StorageRegistration
{
    /// <summary>
    /// The one database of the process, chosen by Storage:Provider, and the data-protection key ring that goes with it.
    /// </summary>
    public static StorageOptions AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StorageOptions.Section);
        var storage = section.Get<StorageOptions>() ?? new StorageOptions();
        services.Configure<StorageOptions>(section);
        if (storage.Problems() is { Count: > 0 } problems)
        {
            throw new ConfigurationProblemException(problems);
        }
        var database = Open(storage);
        services.AddSingleton(_ => database);
        services.AddSingleton<MigrationRunner>();

        services.AddKeyRing(configuration, database);
        return storage;
    }

    private static IDatabase Open(StorageOptions storage)
    {
        if (!storage.IsPostgres)
        {
            return new SqliteDatabase(PathResolver.Resolve(storage.Path));
        }
        try
        {
            return new PostgresDatabase(storage.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationProblemException([$"Storage:ConnectionString: not an Npgsql connection string ({ex.Message})."]);
        }
    }

    /// <summary>The database is not there, or refuses this login: not a fault of the schema or its scripts.</summary>
    public static bool IsUnreachable(Exception ex) => ex switch
    {
        PostgresException postgres => postgres.SqlState is "3D000" or "28000" or "28P01" or "57P03",
        NpgsqlException => true,
        SqliteException sqlite => sqlite.SqliteErrorCode is 14 or 23 or 26,
        _ => false,
    };

    /// <summary>Names the setting to fix when the database cannot be reached at start.</summary>
    public static ConfigurationProblemException Unreachable(StorageOptions storage, Exception ex)
    {
        var where = storage.IsPostgres
            ? DescribePostgres(storage.ConnectionString)
            : $"the SQLite file {PathResolver.Resolve(storage.Path)}";
        var setting = storage.IsPostgres ? "Storage:ConnectionString" : "Storage:Path";
        return new ConfigurationProblemException([$"{setting}: cannot open {where}: {ex.Message}"]);
    }

    private static string DescribePostgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port} as '{builder.Username}'";
    }
}
