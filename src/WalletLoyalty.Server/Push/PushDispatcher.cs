using Microsoft.Extensions.Options;
using WalletLoyalty.Observability;
using WalletLoyalty.Push;

namespace WalletLoyalty.Server.Push;

/// <summary>
/// Drains the outbox: claims due messages, sends them with many in flight, records the outcomes.
/// Each round keeps its rows' lease until their outcomes are recorded. Rounds overlap: while one round is on the wire the next is claimed and started, and only then are
/// the first round's outcomes recorded, so the database work of a round never leaves the wire idle.
/// Both rounds share the one in-flight limit. Woken by commits; otherwise it sleeps until the next
/// message is due. A round it has started is finished on shutdown, so a graceful stop loses and
/// repeats nothing.
/// </summary>
public sealed class PushDispatcher(
    OutboxStore outbox, PushSender sender, PushSignal signal, TimeProvider time, IOptions<PushOptions> options, LoyaltyMetrics metrics,
    ILogger<PushDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(options.Value.MaxInFlight);
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        OutboxRound? sending = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claim = await outbox.ClaimAsync(time.GetUtcNow(), stoppingToken);
                var previous = sending;
                sending = claim.Messages.Count == 0 ? null : new OutboxRound(claim, SendAllAsync(claim.Messages, slots), outbox, lease, time, logger);
                if (previous is not null)
                {
                    RecordMetrics(await previous.RecordAsync(outbox, time));
                }
                else if (sending is null)
                {
                    await signal.WaitAsync(await UntilNextDueAsync(stoppingToken), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Push dispatch round failed; retrying shortly");
                await Task.Delay(IdlePoll, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        if (sending is not null)
        {
            RecordMetrics(await sending.RecordAsync(outbox, time));
        }
    }

    private void RecordMetrics(IReadOnlyList<OutboxTally> tallies)
    {
        foreach (var tally in tallies)
        {
            metrics.PushesFinished(tally.Channel, tally.Outcome, tally.Count);
        }
    }

    private async Task<OutboxResult[]> SendAllAsync(IReadOnlyList<OutboxMessage> messages, SemaphoreSlim slots) =>
        await Task.WhenAll(messages.Select(async message =>
        {
            await slots.WaitAsync();
            try
            {
                return await sender.SendAsync(message);
            }
            catch (Exception ex)
            {
                // One message's surprise must not sink its round: it is tried again like any transient failure.
                logger.LogWarning(ex, "Sending outbox message {Id} on {Channel} threw", message.Id, message.Channel);
                return new OutboxResult(message, OutboxOutcome.Retry, ex.GetType().Name + ": " + ex.Message);
            }
            finally
            {
                slots.Release();
            }
        }));

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken cancellationToken)
    {
        var next = await outbox.NextDueAsync(cancellationToken);
        if (next is null)
        {
            return IdlePoll;
        }
        var wait = next.Value - time.GetUtcNow();
        return wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : wait < IdlePoll ? wait : IdlePoll;
    }
}
