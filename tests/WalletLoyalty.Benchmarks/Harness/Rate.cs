namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// One round's rate: operations per second of wall-clock time, and per second of CPU time the whole process
/// used (worker threads, garbage collector, finalizer). The second hardly moves when other programs take the
/// cores away, which on a shared machine makes it the steadier basis for comparing two probes.
/// </summary>
public readonly record struct Rate(double PerSecond, double? PerCpuSecond);
