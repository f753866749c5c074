using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Access;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Access;

/// <summary>Admins create, list and revoke API keys. A new key's secret is returned once, never again.</summary>
public static class KeysApi
{
    public static void MapKeysApi(this WebApplication app)
    {
        var keys = app.MapGroup("/api/v1/keys").RequireApiKey(AccessPolicies.Admin).WithTags("Access");
        keys.MapPost("/", CreateAsync).WithSummary("Create a key: role admin (every program), marketer (optionally for one program) or cashier (bound to a store)");
        keys.MapGet("/", ListAsync).WithSummary("Every key, active and revoked, without secrets");
        keys.MapDelete("/{id:long}", RevokeAsync).WithSummary("Revoke a key; it stops working within 30 seconds");
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyView>>> ListAsync(ApiKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ApiKeyView>>((await store.ListAsync(cancellationToken)).Select(ApiKeyView.Of).ToList());

    private static async Task<Results<NoContent, NotFoundProblem>> RevokeAsync(long id, ClaimsPrincipal user, ApiKeyStore store, CancellationToken cancellationToken) =>
        await store.RevokeAsync(id, user.ActorOf(), cancellationToken) ? TypedResults.NoContent() : Problems.NotFound($"No active key {id}.");

    private static async Task<Results<Created<NewKeyResponse>, ValidationProblem, UnreadableBodyProblem>> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, ApiKeyStore store, ProgramCatalog programs, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<NewKeyRequest>(request, 4096, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        var binding = NewKeyRules.Check(body.Role, body.ProgramId, body.StoreId,
            programs.All.Select(p => p.Id).ToList(),
            programs.All.SelectMany(p => p.Template.Stores.Select(s => new KnownStore(p.Id, s.Id))).ToList());
        if (!binding.IsValid)
        {
            return Problems.Invalid(binding.Field!, binding.Problem!);
        }
        var (key, secret) = await store.CreateAsync(body.Role!, binding.ProgramId, binding.StoreId, NewKeyRules.NameOf(body.Role!, body.Name), user.ActorOf(), cancellationToken);
        return TypedResults.Created($"/api/v1/keys/{key.Id}",
            new NewKeyResponse(key.Id, secret, key.Role, key.ProgramId, key.StoreId, key.Name, key.CreatedAt));
    }
}

public sealed record NewKeyRequest(string? Role, string? StoreId, string? ProgramId, string? Name);
