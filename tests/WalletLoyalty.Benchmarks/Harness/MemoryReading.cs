using System.Diagnostics;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>The process's memory at one moment: working set (resident), managed heap after the last GC, and GC counts.</summary>
public readonly record struct MemoryReading(TimeSpan At, long WorkingSetBytes, long GcHeapBytes, int Gen0, int Gen1, int Gen2)
{
    public static MemoryReading Take(TimeSpan at)
    {
        using var process = Process.GetCurrentProcess();
        return new MemoryReading(at, process.WorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    public double WorkingSetMiB => WorkingSetBytes / 1048576.0;
    public double GcHeapMiB => GcHeapBytes / 1048576.0;
}
