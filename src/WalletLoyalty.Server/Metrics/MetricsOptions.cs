namespace WalletLoyalty.Server.Metrics;

public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Whether <c>/metrics</c> answers in Prometheus text format. Keep it off the public proxy.</summary>
    public bool Enabled { get; set; } = true;
}
