using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Kpis;

/// <summary>Is the program working? The loyalty KPIs of a period, beside those of the period before (docs/kpis.md).</summary>
public static class KpisApi
{
    public static void MapKpisApi(this WebApplication app) =>
        app.MapGet("/api/v1/programs/{program}/kpis", KpisAsync)
            .RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Loyalty KPIs for local dates from (inclusive) to (exclusive), by store, flyer source and tier, with the period before");

    private static async Task<Results<Ok<KpiFigures>, NotFoundProblem, ValidationProblem>> KpisAsync(
        string program, string? from, string? to, string? store, string? source, string? tier,
        ClaimsPrincipal user, ProgramCatalog programs, KpiReport kpis, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!RouteValues.IsProgramId(program) || programs.Find(program) is not { } found || !user.MaySee(program))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        var (query, errors) = KpiRequest.Read(found, from, to, store, source, tier, time.GetUtcNow());
        if (query is not null && query.Source is { } named && !await kpis.HasSourceAsync(program, named, cancellationToken))
        {
            errors["source"] = ["no member of this program joined through this flyer source"];
        }
        if (query is null || errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        return TypedResults.Ok(await kpis.ComputeAsync(found, query, cancellationToken));
    }
}
