using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;
using WalletLoyalty.Push;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Server.Wallets.Google;

/// <summary>At start, queues an insert-or-patch of every program's loyalty class, so template changes reach Google.</summary>
public static class GoogleClassSync
{
    public static async Task QueueAsync(IServiceProvider services)
    {
        if (!services.GetRequiredService<GoogleWallet>().Enabled)
        {
            return;
        }
        var programs = services.GetRequiredService<ProgramCatalog>().All.Select(p => p.Id).ToList();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var connection = await services.GetRequiredService<IDatabase>().OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await PushOutbox.EnqueueSyncAsync(connection, transaction, PushOutbox.GoogleClassChannel, programs, "", now, now);
        await transaction.CommitAsync();
    }
}
