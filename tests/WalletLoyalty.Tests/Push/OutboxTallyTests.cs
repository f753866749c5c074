using Microsoft.Extensions.Options;
using WalletLoyalty.Push;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Push;

/// <summary>A round's tallies (the pushes-by-outcome metric) count only the rows its claim still held.</summary>
[Trait("Category", "Database")]
public sealed class OutboxTallyTests
{
    [Fact]
    public async Task AClaimThatLostItsRowsToAnotherCountsNothing()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var database = service.Database();
        var options = Options.Create(new PushOptions { LeaseSeconds = 30, MaxAttempts = 5, BatchSize = 100 });
        var store = new OutboxStore(database, options);
        var now = DateTimeOffset.UtcNow;
        await using (var connection = await database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await PushOutbox.EnqueueMessagesAsync(connection, transaction,
                Enumerable.Range(0, 3).Select(i => new OutboxDraft(PushOutbox.FcmChannel, $"tally-token-{i}", "demo", "{}")).ToList(), now, now);
            await transaction.CommitAsync();
        }

        var slow = await store.ClaimAsync(now, CancellationToken.None);
        var taker = await store.ClaimAsync(now.AddSeconds(31), CancellationToken.None);
        var late = await store.CompleteAsync(slow.Token, slow.Messages.Select(m => new OutboxResult(m, OutboxOutcome.Sent)).ToList(), now.AddSeconds(32), CancellationToken.None);
        var owner = await store.CompleteAsync(taker.Token, taker.Messages.Select(m => new OutboxResult(m, OutboxOutcome.Sent)).ToList(), now.AddSeconds(33), CancellationToken.None);

        Assert.Equal(3, slow.Messages.Count);
        Assert.Empty(late);
        Assert.Equal([new OutboxTally(PushOutbox.FcmChannel, "sent", 3)], owner);
    }
}
