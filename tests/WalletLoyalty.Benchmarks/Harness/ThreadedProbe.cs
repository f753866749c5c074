using System.Diagnostics;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// An operation run in a loop on <see cref="Probe.Threads"/> dedicated threads. Each thread asks
/// <see cref="CreateWorker"/> for its own operation, so per-thread state (a key object, a buffer)
/// is made before timing starts.
/// </summary>
public sealed record ThreadedProbe(string Name, int Threads, Func<Action> CreateWorker) : Probe(Name, Threads)
{
    public override Rate Run(TimeSpan length)
    {
        var workers = Enumerable.Range(0, Threads).Select(_ => CreateWorker()).ToList();
        var counts = new long[Threads];
        using var ready = new CountdownEvent(Threads);
        using var start = new ManualResetEventSlim();
        var stop = 0;
        var threads = workers.Select((work, index) => new Thread(() =>
        {
            ready.Signal();
            start.Wait();
            long done = 0;
            while (Volatile.Read(ref stop) == 0)
            {
                work();
                done++;
            }
            counts[index] = done;
        }) { IsBackground = true, Name = $"{Name} #{index}" }).ToList();

        threads.ForEach(t => t.Start());
        ready.Wait();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        start.Set();
        Thread.Sleep(length);
        Volatile.Write(ref stop, 1);
        // Every thread finishes the operation it is in; those count, and so does the time they take.
        threads.ForEach(t => t.Join());
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var total = counts.Sum();
        return new Rate(total / clock.Elapsed.TotalSeconds, total / cpu.TotalSeconds);
    }
}
