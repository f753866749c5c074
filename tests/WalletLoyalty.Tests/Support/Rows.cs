using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;

namespace WalletLoyalty.Tests.Support;

/// <summary>Reads the service's database the way a test inspects what happened.</summary>
public static class Rows
{
    public static IDatabase Database(this ServiceHost service) => service.Services.GetRequiredService<IDatabase>();

    public static Task<long> CountAsync(this ServiceHost service, string sql, object? parameters = null) =>
        service.Database().CountAsync(sql, parameters);

    public static Task<IReadOnlyList<T>> QueryAsync<T>(this ServiceHost service, string sql, object? parameters = null) =>
        service.Database().QueryAsync<T>(sql, parameters);

    public static async Task<long> CountAsync(this IDatabase database, string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this IDatabase database, string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<T>(sql, parameters)).AsList();
    }

    /// <summary>
    /// Waits until the dispatcher has finished every outbox row. A fake holds a message before the
    /// dispatcher records its row's outcome, so a test that counts rows waits for this first.
    /// </summary>
    public static Task WaitUntilOutboxDrainedAsync(this ServiceHost service) => service.Database().WaitUntilOutboxDrainedAsync();

    public static Task WaitUntilOutboxDrainedAsync(this IDatabase database, TimeSpan? timeout = null) =>
        Eventually.TrueAsync(async () => await database.CountAsync("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')") == 0,
            "the outbox is drained", timeout);
}
