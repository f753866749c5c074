using Quartz;

namespace WalletLoyalty.Tests.Support;

public static class SchedulerStart
{
    /// <summary>Waits until Quartz runs: its hosted service starts the scheduler only after the application has started.</summary>
    public static async Task WaitUntilSchedulerRunsAsync(this ServiceHost service)
    {
        var scheduler = await service.SchedulerAsync();
        var started = new StartedListener();
        scheduler.ListenerManager.AddSchedulerListener(started);
        try
        {
            if (await scheduler.GetStatus(default) != SchedulerStatus.Running)
            {
                await started.Started.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        finally
        {
            scheduler.ListenerManager.RemoveSchedulerListener(started.Name);
        }
    }

    private sealed class StartedListener : ISchedulerListener
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name { get; } = "test-wait-" + Guid.NewGuid().ToString("N");

        public Task Started => _started.Task;

        public ValueTask SchedulerStarted(IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            _started.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
