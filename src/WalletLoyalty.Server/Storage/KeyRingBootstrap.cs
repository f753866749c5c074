using Microsoft.AspNetCore.DataProtection.KeyManagement;
using WalletLoyalty.Data;

namespace WalletLoyalty.Server.Storage;

/// <summary>
/// Makes the first data-protection key before a node serves, one node at a time. Without it, nodes that
/// start together on an empty ring would each make their own key, and a cookie made by one would not be
/// read by another until their rings next refresh. Later keys are made days before they take effect,
/// which leaves every node time to read them.
/// </summary>
public static class KeyRingBootstrap
{
    private static readonly TimeSpan FirstKeyLifetime = TimeSpan.FromDays(90);

    public static async Task EnsureKeyAsync(IServiceProvider services)
    {
        var database = services.GetRequiredService<IDatabase>();
        if (database is not PostgresDatabase)
        {
            return;
        }
        var keys = services.GetRequiredService<IKeyManager>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var connection = await database.OpenAsync();
        await using var turn = await database.LockForMigrationsAsync(connection, CancellationToken.None);
        if (!keys.GetAllKeys().Any(key => !key.IsRevoked && key.ActivationDate <= now && key.ExpirationDate > now))
        {
            keys.CreateNewKey(now, now + FirstKeyLifetime);
        }
    }
}
