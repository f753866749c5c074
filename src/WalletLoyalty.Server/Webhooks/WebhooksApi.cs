using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Server.Webhooks;

/// <summary>Admins register where a program's events go (docs/webhooks.md); the deliveries' own routes are in <see cref="WebhookDeliveryEndpoints"/>.</summary>
public static class WebhooksApi
{
    private const int MaxBodyBytes = 8 * 1024;

    public static void MapWebhooksApi(this WebApplication app)
    {
        var webhooks = app.MapGroup("/api/v1/programs/{program}/webhooks").RequireApiKey(AccessPolicies.Admin).WithTags("Webhooks");
        webhooks.MapPost("", CreateAsync).WithSummary("Register an endpoint for some of the program's events; the answer holds its signing secret, shown only once");
        webhooks.MapGet("", ListAsync).WithSummary("The program's webhook endpoints");
        webhooks.MapGet("/{id:long}", GetAsync).WithSummary("One webhook endpoint");
        webhooks.MapPatch("/{id:long}", UpdateAsync).WithSummary("Change an endpoint's URL, events or description, or disable it (enabled: false)");
        webhooks.MapDelete("/{id:long}", DeleteAsync).WithSummary("Delete an endpoint: it gets nothing more, its log is kept");
        webhooks.MapPost("/{id:long}/secret", RotateSecretAsync).WithSummary("Replace the signing secret; the new one signs every attempt from now on");
        WebhookDeliveryEndpoints.Map(webhooks);
    }

    internal static bool IsProgram(string program, ClaimsPrincipal user, ProgramCatalog programs) =>
        programs.Find(program) is not null && (user.ProgramOf() is not { } own || own == program);

    internal static NotFoundProblem NoEndpoint(string program, long id) => Problems.NotFound($"No webhook endpoint {id} in program '{program}'.");

    private static async Task<Results<Created<CreatedWebhookView>, NotFoundProblem, ValidationProblem, UnreadableBodyProblem>> CreateAsync(
        string program, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, WebhookEndpointStore store, IOptions<WebhookOptions> options,
        CancellationToken cancellationToken)
    {
        if (!IsProgram(program, user, programs))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        var (body, problem) = await JsonBody.ReadAsync<NewWebhookRequest>(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        var errors = WebhookRequestRules.Check(body.Url, true, body.Events, true, body.Description, options.Value.AllowHttp);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var (endpoint, secret) = await store.CreateAsync(program, body.Url!, body.Events!, (body.Description ?? "").Trim(), user.ActorOf(), cancellationToken);
        return TypedResults.Created($"/api/v1/programs/{program}/webhooks/{endpoint.Id}", new CreatedWebhookView(
            endpoint.Id, endpoint.Url, endpoint.Events, endpoint.Description, endpoint.Enabled, endpoint.CreatedAt, secret));
    }

    private static async Task<Results<Ok<WebhookListView>, NotFoundProblem>> ListAsync(
        string program, ClaimsPrincipal user, ProgramCatalog programs, WebhookEndpointStore store, CancellationToken cancellationToken) =>
        IsProgram(program, user, programs)
            ? TypedResults.Ok(new WebhookListView((await store.ListAsync(program, cancellationToken)).Select(WebhookView.Of).ToList()))
            : Problems.NotFound($"No program '{program}' for this key.");

    private static async Task<Results<Ok<WebhookView>, NotFoundProblem>> GetAsync(
        string program, long id, ClaimsPrincipal user, ProgramCatalog programs, WebhookEndpointStore store, CancellationToken cancellationToken) =>
        IsProgram(program, user, programs) && await store.GetAsync(program, id, cancellationToken) is { } endpoint
            ? TypedResults.Ok(WebhookView.Of(endpoint))
            : NoEndpoint(program, id);

    private static async Task<Results<Ok<WebhookView>, NotFoundProblem, ValidationProblem, UnreadableBodyProblem>> UpdateAsync(
        string program, long id, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, WebhookEndpointStore store,
        IOptions<WebhookOptions> options, CancellationToken cancellationToken)
    {
        if (!IsProgram(program, user, programs))
        {
            return NoEndpoint(program, id);
        }
        var (body, problem) = await JsonBody.ReadAsync<WebhookChangeRequest>(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        var errors = WebhookRequestRules.Check(body.Url, false, body.Events, false, body.Description, options.Value.AllowHttp);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var change = new WebhookEndpointChange(body.Url, body.Events, body.Description?.Trim(), body.Enabled);
        return await store.UpdateAsync(program, id, change, user.ActorOf(), cancellationToken) is { } endpoint
            ? TypedResults.Ok(WebhookView.Of(endpoint))
            : NoEndpoint(program, id);
    }

    private static async Task<Results<NoContent, NotFoundProblem>> DeleteAsync(
        string program, long id, ClaimsPrincipal user, ProgramCatalog programs, WebhookEndpointStore store, CancellationToken cancellationToken) =>
        IsProgram(program, user, programs) && await store.DeleteAsync(program, id, user.ActorOf(), cancellationToken)
            ? TypedResults.NoContent()
            : NoEndpoint(program, id);

    private static async Task<Results<Ok<WebhookSecretView>, NotFoundProblem>> RotateSecretAsync(
        string program, long id, ClaimsPrincipal user, ProgramCatalog programs, WebhookEndpointStore store, CancellationToken cancellationToken) =>
        IsProgram(program, user, programs) && await store.RotateSecretAsync(program, id, user.ActorOf(), cancellationToken) is { } secret
            ? TypedResults.Ok(new WebhookSecretView(id, secret))
            : NoEndpoint(program, id);
}
