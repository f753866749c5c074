using System.Diagnostics;

namespace WalletLoyalty.Benchmarks.Earns;

/// <summary>
/// Sends requests at a fixed rate regardless of how fast earlier ones are answered (open loop): request i is due at
/// start + i / rate, and its latency is measured from that due time, so time a request spends waiting behind slow
/// ones (on the client or in the server) counts — no coordinated omission. A dedicated thread keeps the schedule;
/// when it wakes late it sends everything already due, and how late each send was is recorded separately.
/// <paramref name="send"/> sends one request and returns its HTTP status (-1 for no answer).
/// </summary>
public sealed class OpenLoopLoad(Func<Task<int>> send)
{
    public LoadRun Run(int rate, TimeSpan duration, TimeSpan sampleEvery, Action<LoadRun.Sample>? onSample = null)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var due = new long[total];
        var sent = new long[total];
        var done = new long[total];
        var status = new int[total];
        using var finished = new CountdownEvent(total);
        var samples = new List<LoadRun.Sample>();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 100;
        var nextSample = sampleEvery;
        samples.Add(new LoadRun.Sample(Harness.MemoryReading.Take(TimeSpan.Zero), 0));

        var scheduler = new Thread(() =>
        {
            for (var i = 0; i < total; i++)
            {
                due[i] = start + (long)(i * (double)Stopwatch.Frequency / rate);
                while (Stopwatch.GetTimestamp() < due[i])
                {
                    Thread.Sleep(1);
                }
                var now = Stopwatch.GetTimestamp();
                if (Stopwatch.GetElapsedTime(start, now) >= nextSample)
                {
                    var sample = new LoadRun.Sample(Harness.MemoryReading.Take(nextSample), Volatile.Read(ref _completedInRun));
                    samples.Add(sample);
                    onSample?.Invoke(sample);
                    nextSample += sampleEvery;
                }
                sent[i] = now;
                _ = SendAsync(i, sent, done, status, finished);
            }
        }) { IsBackground = true, Name = "open-loop scheduler", Priority = ThreadPriority.AboveNormal };
        Interlocked.Exchange(ref _completedInRun, 0);
        scheduler.Start();
        scheduler.Join();
        var drained = finished.Wait(TimeSpan.FromSeconds(30));
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        samples.Add(new LoadRun.Sample(Harness.MemoryReading.Take(Stopwatch.GetElapsedTime(start)), Volatile.Read(ref _completedInRun)));
        return new LoadRun(rate, duration, start, due, sent, done, status, drained, cpu, samples);
    }

    private long _completedInRun;

    private async Task SendAsync(int index, long[] sent, long[] done, int[] status, CountdownEvent finished)
    {
        try
        {
            status[index] = await send();
        }
        catch (Exception)
        {
            status[index] = -1;
        }
        finally
        {
            done[index] = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _completedInRun);
            finished.Signal();
        }
    }
}
