using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// Counts the requests a node is still handling, at the front of its pipeline. A request whose client gave up
/// (an open-loop run beyond what the node can take) goes on being handled; a benchmark waits for the count to
/// reach zero before it measures the next setup, so one setup's backlog does not load another's figures.
/// </summary>
public sealed class RequestsInFlight : IStartupFilter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, handle) =>
        {
            Interlocked.Increment(ref _count);
            try
            {
                await handle(context);
            }
            finally
            {
                Interlocked.Decrement(ref _count);
            }
        });
        next(app);
    };
}
