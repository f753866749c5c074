namespace WalletLoyalty.Tests.Support;

/// <summary>One node of <see cref="TwoNodes"/>: its process, and the Quartz instance its scheduler checked in as (null when it has none).</summary>
public sealed record ClusterNode(ServiceProcess Process, string? SchedulerInstance)
{
    public Uri BaseAddress => Process.BaseAddress;
}
