using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Server.Webhooks;

public sealed record NewWebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Description);

/// <summary>A change to an endpoint: what is left out stays as it is; <c>enabled: false</c> stops its deliveries.</summary>
public sealed record WebhookChangeRequest(string? Url, IReadOnlyList<string>? Events, string? Description, bool? Enabled);

/// <summary>The checks both requests share, every failure listed at once.</summary>
public static class WebhookRequestRules
{
    public const int MaxDescription = 200;

    public static Dictionary<string, string[]> Check(string? url, bool urlRequired, IReadOnlyList<string>? events, bool eventsRequired, string? description, bool allowHttp)
    {
        var errors = new Dictionary<string, string[]>();
        if ((url is not null || urlRequired) && WebhookUrls.Problem(url, allowHttp) is { } urlProblem)
        {
            errors["url"] = [urlProblem];
        }
        if (events is null ? eventsRequired : events.Count == 0)
        {
            errors["events"] = ["names at least one event: " + string.Join(", ", WebhookEventTypes.All)];
        }
        else if (events?.FirstOrDefault(e => !WebhookEventTypes.All.Contains(e)) is { } unknown)
        {
            errors["events"] = [$"'{unknown}' is not an event; they are: {string.Join(", ", WebhookEventTypes.All)}"];
        }
        if (description is { Length: > MaxDescription })
        {
            errors["description"] = [$"is at most {MaxDescription} characters"];
        }
        return errors;
    }
}
