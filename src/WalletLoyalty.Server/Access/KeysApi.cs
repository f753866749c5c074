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
        if (body.Role is null || !Roles.All.Contains(body.Role))
        {
            return Problems.Invalid("role", $"must be one of: {string.Join(", ", Roles.All)}");
        }
        var programId = body.ProgramId;
        if (body.Role == Roles.Admin && programId is not null)
        {
            // An admin makes keys for every program, unbound admin keys included, so binding one would restrict nothing.
            return Problems.Invalid("programId", "admin keys are for every program; bind a marketer or cashier key to a program instead");
        }
        if (programId is not null && programs.Find(programId) is null)
        {
            return Problems.Invalid("programId", $"no program '{programId}'");
        }
        if (body.Role == Roles.Cashier)
        {
            var matches = programs.All.Where(p => (programId is null || p.Id == programId) && body.StoreId is not null && p.Store(body.StoreId) is not null).ToList();
            if (matches.Count != 1)
            {
                return Problems.Invalid("storeId", matches.Count == 0
                    ? "a cashier key needs the id of an existing store (see the program's template)"
                    : "that store id exists in several programs; give programId too");
            }
            programId = matches[0].Id;
        }
        else if (body.StoreId is not null)
        {
            return Problems.Invalid("storeId", "only cashier keys are bound to a store");
        }
        var name = string.IsNullOrWhiteSpace(body.Name) ? body.Role : body.Name.Trim()[..Math.Min(body.Name.Trim().Length, 80)];
        var (key, secret) = await store.CreateAsync(body.Role, programId, body.Role == Roles.Cashier ? body.StoreId : null, name, user.ActorOf(), cancellationToken);
        return TypedResults.Created($"/api/v1/keys/{key.Id}",
            new NewKeyResponse(key.Id, secret, key.Role, key.ProgramId, key.StoreId, key.Name, key.CreatedAt));
    }
}

public sealed record NewKeyRequest(string? Role, string? StoreId, string? ProgramId, string? Name);
