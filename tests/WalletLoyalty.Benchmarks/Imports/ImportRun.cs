using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Imports;

/// <summary>Uploads one file to the service and follows its import to the end, watching the process's memory meanwhile.</summary>
public static class ImportRun
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public static async Task<ImportFigures> MeasureAsync(Uri baseAddress, string kind, string path, long bytes)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", InProcessService.AdminKey);
        var memory = new MemoryWatch();
        var clock = Stopwatch.StartNew();
        long id;
        await using (var file = File.OpenRead(path))
        {
            using var content = new StreamContent(file, 1 << 16);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            using var response = await http.PostAsync($"/api/v1/programs/demo/imports?kind={kind}", content);
            response.EnsureSuccessStatusCode();
            id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        }
        var accepted = clock.Elapsed;
        JsonElement status;
        while (true)
        {
            status = await http.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
            if (status.GetProperty("status").GetString() != "running")
            {
                break;
            }
            Console.Error.Write($"\r{kind}: {status.GetProperty("rowsDone").GetInt64():N0} of {status.GetProperty("rowsTotal").GetInt64():N0} rows, {clock.Elapsed.TotalSeconds:0} s   ");
            await Task.Delay(Poll);
        }
        var total = clock.Elapsed;
        Console.Error.WriteLine();
        var readings = await memory.StopAsync();
        return new ImportFigures(kind, bytes, status.GetProperty("rowsTotal").GetInt64(), status.GetProperty("rowsDone").GetInt64(),
            status.GetProperty("errorCount").GetInt64(), status.GetProperty("status").GetString()!, accepted, total, readings);
    }

    /// <summary>Reads the process's memory every 100 ms until stopped.</summary>
    private sealed class MemoryWatch
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<List<MemoryReading>> _readings;

        public MemoryWatch()
        {
            var started = Stopwatch.StartNew();
            _readings = Task.Run(async () =>
            {
                var readings = new List<MemoryReading>();
                while (!_stop.IsCancellationRequested)
                {
                    readings.Add(MemoryReading.Take(started.Elapsed));
                    try
                    {
                        await Task.Delay(100, _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
                return readings;
            });
        }

        public async Task<IReadOnlyList<MemoryReading>> StopAsync()
        {
            await _stop.CancelAsync();
            return await _readings;
        }
    }
}

/// <summary>One import: its file, its outcome, how long the upload and the whole import took, and the memory readings meanwhile.</summary>
public sealed record ImportFigures(string Kind, long Bytes, long RowsTotal, long RowsDone, long Errors, string Status, TimeSpan Accepted, TimeSpan Total,
    IReadOnlyList<MemoryReading> Memory)
{
    public double RowsPerSecond => RowsDone / Math.Max(0.001, (Total - Accepted).TotalSeconds);
    public double PeakWorkingSetMiB => Memory.Max(m => m.WorkingSetMiB);
    public double PeakGcHeapMiB => Memory.Max(m => m.GcHeapMiB);

    /// <summary>The GC heap in the second half of the run against the first: flat memory keeps this near 1.</summary>
    public double LateHeapOverEarly
    {
        get
        {
            var half = Memory.Count / 2;
            return half == 0 ? 1 : Memory.Skip(half).Max(m => m.GcHeapMiB) / Math.Max(1, Memory.Take(half).Max(m => m.GcHeapMiB));
        }
    }
}
