namespace WalletLoyalty.Webhooks;

/// <summary>Where a program's events go. The secret is never part of it: it is shown once, when made.</summary>
public sealed record WebhookEndpoint
{
    public long Id { get; init; }
    public string ProgramId { get; init; } = "";
    public string Url { get; init; } = "";
    public string Description { get; init; } = "";
    public bool Enabled { get; init; }
    public IReadOnlyList<string> Events { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    internal const string Columns =
        "id AS Id, program_id AS ProgramId, url AS Url, description AS Description, enabled AS Enabled, created_at AS CreatedAt, updated_at AS UpdatedAt";
}

/// <summary>What a change sets; a null leaves that property as it is.</summary>
public sealed record WebhookEndpointChange(string? Url, IReadOnlyList<string>? Events, string? Description, bool? Enabled);
