namespace WalletLoyalty.Webhooks;

public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Accept http:// endpoint URLs: for tests and integrations on the same host only, never across a network.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>How long one delivery attempt may take before it counts as failed and is retried.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}
