using WalletLoyalty.Data;

namespace WalletLoyalty.Tests.Support;

/// <summary>
/// Two service processes on one PostgreSQL database, the way a cluster runs: the same settings, each with
/// its own changes (which roles it plays). The second starts once the first is healthy and its scheduler
/// has checked in, so a test can tell from Quartz's tables which node runs a job.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private TwoNodes(ClusterNode first, ClusterNode second, IDatabase database)
    {
        First = first;
        Second = second;
        Database = database;
    }

    public ClusterNode First { get; }
    public ClusterNode Second { get; }

    /// <summary>The database both nodes share, for a test to seed and read.</summary>
    public IDatabase Database { get; }

    public IReadOnlyList<ClusterNode> Nodes => [First, Second];

    public ClusterNode Other(ClusterNode node) => node == First ? Second : First;

    public static async Task<TwoNodes> StartAsync(
        Dictionary<string, string?> settings, Action<Dictionary<string, string?>>? first = null, Action<Dictionary<string, string?>>? second = null)
    {
        var database = TestEngine.Open(settings);
        ClusterNode? a = null;
        try
        {
            a = await StartNodeAsync(settings, first, database, null);
            var b = await StartNodeAsync(settings, second, database, a.SchedulerInstance);
            return new TwoNodes(a, b, database);
        }
        catch
        {
            if (a is not null)
            {
                await a.Process.DisposeAsync();
            }
            await DisposeDatabaseAsync(database);
            throw;
        }
    }

    private static async Task<ClusterNode> StartNodeAsync(
        Dictionary<string, string?> shared, Action<Dictionary<string, string?>>? configure, IDatabase database, string? otherScheduler)
    {
        var settings = new Dictionary<string, string?>(shared);
        configure?.Invoke(settings);
        var process = await ServiceProcess.StartAsync(settings);
        if (string.Equals(settings.GetValueOrDefault("Campaigns:SchedulerEnabled"), "false", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterNode(process, null);
        }
        try
        {
            var instance = await Wait.ForAsync(async () =>
                    (await database.QueryAsync<string>("SELECT instance_name FROM qrtz_scheduler_state")).FirstOrDefault(i => i != otherScheduler),
                "the node's scheduler checks in with the cluster", TimeSpan.FromSeconds(60));
            return new ClusterNode(process, instance);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    private static async ValueTask DisposeDatabaseAsync(IDatabase database)
    {
        if (database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await First.Process.DisposeAsync();
        await Second.Process.DisposeAsync();
        await DisposeDatabaseAsync(Database);
    }
}
