using WalletLoyalty.Push;

namespace WalletLoyalty.Server.Push;

/// <summary>
/// One claim on the wire. Until its outcomes are recorded it extends its rows' lease every third of the
/// lease, so however slow APNs or Google answer, no other sender (another node, or this one) takes them.
/// </summary>
internal sealed class OutboxRound
{
    private readonly CancellationTokenSource _recorded = new();
    private readonly Task _keepingLease;

    public OutboxRound(OutboxClaim claim, Task<OutboxResult[]> sending, OutboxStore outbox, TimeSpan lease, TimeProvider time, ILogger logger)
    {
        Claim = claim;
        Sending = sending;
        _keepingLease = KeepLeaseAsync(claim.Token, outbox, lease / 3, time, logger, _recorded.Token);
    }

    public OutboxClaim Claim { get; }
    public Task<OutboxResult[]> Sending { get; }

    /// <summary>Waits for every answer, records the outcomes under the claim's token, and lets the lease go.</summary>
    public async Task<IReadOnlyList<OutboxTally>> RecordAsync(OutboxStore outbox, TimeProvider time)
    {
        try
        {
            var results = await Sending;
            return await outbox.CompleteAsync(Claim.Token, results, time.GetUtcNow(), CancellationToken.None);
        }
        finally
        {
            await _recorded.CancelAsync();
            await _keepingLease;
            _recorded.Dispose();
        }
    }

    private static async Task KeepLeaseAsync(string token, OutboxStore outbox, TimeSpan every, TimeProvider time, ILogger logger, CancellationToken recorded)
    {
        while (!recorded.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, time, recorded);
                await outbox.ExtendAsync(token, time.GetUtcNow(), recorded);
            }
            catch (OperationCanceledException) when (recorded.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The next tick tries again; the lease still has two thirds of its time left.
                logger.LogWarning(ex, "Extending the lease of outbox claim {Token} failed", token);
            }
        }
    }
}
