using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;

namespace WalletLoyalty.Tests.Support;

public static class MemberBalances
{
    /// <summary>Changes a member's balance straight in the database, marking their passes changed as the service does.</summary>
    public static async Task SetAsync(IServiceProvider services, string serialNumber, long points)
    {
        var database = services.GetRequiredService<IDatabase>();
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var memberId = await connection.ExecuteScalarAsync<long>("SELECT member_id FROM passes WHERE serial_number = @serialNumber", new { serialNumber }, transaction);
        await connection.ExecuteAsync("UPDATE members SET points_balance = @points WHERE id = @memberId", new { points, memberId }, transaction);
        await PassChanges.MarkMemberCardsChangedAsync(connection, transaction, memberId, TimeProvider.System.GetUtcNow());
        await transaction.CommitAsync();
    }
}
