using WalletLoyalty.Data;
using WalletLoyalty.Programs;
using WalletLoyalty.Push;

namespace WalletLoyalty.Wallets.Google;

/// <summary>At start, queues an insert-or-patch of every program's loyalty class, so template changes reach Google.</summary>
public sealed class GoogleClassSync(GoogleWallet google, ProgramCatalog catalog, IDatabase database, TimeProvider time)
{
    public async Task QueueAsync()
    {
        if (!google.Enabled)
        {
            return;
        }
        var programs = catalog.All.Select(p => p.Id).ToList();
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await PushOutbox.EnqueueSyncAsync(connection, transaction, PushOutbox.GoogleClassChannel, programs, "", now, now);
        await transaction.CommitAsync();
    }
}
