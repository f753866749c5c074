using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Programs;
using WalletLoyalty.Push;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Server.Webhooks;

/// <summary>An endpoint's delivery log, and sending one of its deliveries again.</summary>
public static class WebhookDeliveryEndpoints
{
    public static void Map(RouteGroupBuilder webhooks)
    {
        webhooks.MapGet("/{id:long}/deliveries", LogAsync).WithSummary("The endpoint's deliveries, newest first, each with its attempts (time, status code, error)");
        webhooks.MapPost("/{id:long}/deliveries/{deliveryId:long}/replay", ReplayAsync)
            .WithSummary("Send a finished delivery again: the same event id and body, a new set of attempts");
    }

    private static async Task<Results<Ok<DeliveryLogView>, NotFoundProblem>> LogAsync(
        string program, long id, long? before, ClaimsPrincipal user, ProgramCatalog programs, WebhookEndpointStore store, WebhookDeliveries deliveries,
        CancellationToken cancellationToken)
    {
        if (!WebhooksApi.IsProgram(program, user, programs) || await store.GetAsync(program, id, cancellationToken) is null)
        {
            return WebhooksApi.NoEndpoint(program, id);
        }
        var page = await deliveries.LogAsync(id, before, cancellationToken);
        return TypedResults.Ok(new DeliveryLogView(page.Select(DeliveryView.Of).ToList(), page.Count == WebhookDeliveries.PageSize ? page[^1].Id : null));
    }

    private static async Task<Results<Accepted<ReplayView>, NotFoundProblem, ConflictProblem>> ReplayAsync(
        string program, long id, long deliveryId, ClaimsPrincipal user, ProgramCatalog programs, WebhookEndpointStore store, WebhookDeliveries deliveries,
        PushSignal signal, CancellationToken cancellationToken)
    {
        if (!WebhooksApi.IsProgram(program, user, programs) || await store.GetAsync(program, id, cancellationToken) is null)
        {
            return WebhooksApi.NoEndpoint(program, id);
        }
        switch (await deliveries.ReplayAsync(id, deliveryId, cancellationToken))
        {
            case ReplayOutcome.NotFound:
                return Problems.NotFound($"No delivery {deliveryId} for webhook endpoint {id}.");
            case ReplayOutcome.StillQueued:
                return Problems.Conflict("delivery-queued", "Delivery still queued",
                    $"Delivery {deliveryId} is still being tried; replay it once it was delivered or has failed.");
            case ReplayOutcome.EndpointDisabled:
                return Problems.Conflict("webhook-disabled", "Endpoint disabled", $"Webhook endpoint {id} is disabled; enable it to replay its deliveries.");
            default:
                signal.Notify();
                return TypedResults.Accepted($"/api/v1/programs/{program}/webhooks/{id}/deliveries", new ReplayView(deliveryId, "pending"));
        }
    }
}
