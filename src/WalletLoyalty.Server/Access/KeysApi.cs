using WalletLoyalty.Access;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Access;

/// <summary>Admins create, list and revoke API keys. A new key's secret is returned once, never again.</summary>
public static class KeysApi
{
    public static void MapKeysApi(this WebApplication app)
    {
        var keys = app.MapGroup("/api/v1/keys").RequireAuthorization(AccessPolicies.Admin).WithTags("Access");
        keys.MapPost("/", CreateAsync).WithSummary("Create a key: role admin, marketer (optionally for one program) or cashier (bound to a store)");
        keys.MapGet("/", async (ApiKeyStore store, CancellationToken ct) => TypedResults.Ok((await store.ListAsync(ct)).Select(Describe)));
        keys.MapDelete("/{id:long}", async (long id, ApiKeyStore store, CancellationToken ct) =>
            await store.RevokeAsync(id, ct) ? Results.NoContent() : Problems.NotFound($"No active key {id}."));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiKeyStore store, ProgramCatalog programs, CancellationToken cancellationToken)
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
        var (key, secret) = await store.CreateAsync(body.Role, programId, body.Role == Roles.Cashier ? body.StoreId : null, name, cancellationToken);
        return TypedResults.Created($"/api/v1/keys/{key.Id}", new
        {
            id = key.Id, key = secret, role = key.Role, programId = key.ProgramId, storeId = key.StoreId, name = key.Name, createdAt = key.CreatedAt,
        });
    }

    private static object Describe(ApiKey key) => new
    {
        id = key.Id, prefix = key.KeyPrefix, role = key.Role, programId = key.ProgramId, storeId = key.StoreId, name = key.Name,
        createdAt = key.CreatedAt, revokedAt = key.RevokedAt,
    };
}

public sealed record NewKeyRequest(string? Role, string? StoreId, string? ProgramId, string? Name);
