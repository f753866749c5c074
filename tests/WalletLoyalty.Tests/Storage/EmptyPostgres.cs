using Npgsql;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Storage;

/// <summary>A new, empty PostgreSQL database on the test server, as an operator creates one to move a shop into.</summary>
public static class EmptyPostgres
{
    public static string Create()
    {
        var server = TestEngine.PostgresServer ?? throw new InvalidOperationException($"{TestEngine.Variable} is not set");
        var name = "wl_copy_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, ConnectionIdleLifetime = 5, ConnectionPruningInterval = 1, MaxPoolSize = 40 }.ToString();
    }
}
