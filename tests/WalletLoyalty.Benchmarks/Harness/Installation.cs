namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// A fresh database and the nodes of the service on it, as a <see cref="StoreSetup"/> describes: one in-process
/// service on SQLite, or one or more on a PostgreSQL database of their own, each on its own port with the same
/// settings. Disposing stops the nodes, then removes the database.
/// </summary>
public sealed class Installation : IAsyncDisposable
{
    private Installation(StoreSetup setup, BenchmarkDatabase database, IReadOnlyList<InProcessService> nodes)
    {
        Setup = setup;
        Database = database;
        Nodes = nodes;
    }

    public StoreSetup Setup { get; }
    public BenchmarkDatabase Database { get; }
    public IReadOnlyList<InProcessService> Nodes { get; }

    /// <summary>The node the seeders and checks go through; any node would do, they share the database.</summary>
    public InProcessService First => Nodes[0];

    /// <summary>Starts the nodes one after another; <paramref name="configure"/> gets each node's settings and its index.</summary>
    public static async Task<Installation> StartAsync(StoreSetup setup, BenchmarkOptions options, Action<Dictionary<string, string?>, int>? configure = null)
    {
        var database = await BenchmarkDatabase.CreateAsync(setup, options);
        var nodes = new List<InProcessService>();
        try
        {
            for (var i = 0; i < setup.Nodes; i++)
            {
                var node = i;
                nodes.Add(await InProcessService.StartAsync(database, settings => configure?.Invoke(settings, node)));
            }
            return new Installation(setup, database, nodes);
        }
        catch
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }
        await Database.DisposeAsync();
    }
}
