using Microsoft.Extensions.Options;
using WalletLoyalty.Push;

namespace WalletLoyalty.Server.Push;

/// <summary>
/// Drains the outbox: claims due messages, sends them with many in flight, records the outcomes.
/// Woken by commits; otherwise it sleeps until the next message is due. A batch it has started is
/// finished on shutdown, so a graceful stop loses and repeats nothing.
/// </summary>
public sealed class PushDispatcher(
    OutboxStore outbox, PushSender sender, PushSignal signal, TimeProvider time, IOptions<PushOptions> options, ILogger<PushDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await outbox.ClaimAsync(time.GetUtcNow(), stoppingToken);
                if (claimed.Count == 0)
                {
                    await signal.WaitAsync(await UntilNextDueAsync(stoppingToken), stoppingToken);
                    continue;
                }
                var results = await SendAllAsync(claimed);
                await outbox.CompleteAsync(results, time.GetUtcNow(), CancellationToken.None);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Push dispatch round failed; retrying shortly");
                await Task.Delay(IdlePoll, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<OutboxResult[]> SendAllAsync(IReadOnlyList<OutboxMessage> messages)
    {
        using var slots = new SemaphoreSlim(options.Value.MaxInFlight);
        return await Task.WhenAll(messages.Select(async message =>
        {
            await slots.WaitAsync();
            try
            {
                return await sender.SendAsync(message);
            }
            finally
            {
                slots.Release();
            }
        }));
    }

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
