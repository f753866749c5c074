using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;

namespace WalletLoyalty.Server.Programs;

/// <summary>The programs a marketer may work on, with what their tools need to know of each.</summary>
public static class ProgramsApi
{
    public static void MapProgramsApi(this WebApplication app) =>
        app.MapGet("/api/v1/programs", List)
            .RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("The programs this key may work on: tiers, stores, rewards, currency and time zone");

    private static Ok<IReadOnlyList<ProgramSummary>> List(ClaimsPrincipal user, ProgramCatalog programs) =>
        TypedResults.Ok<IReadOnlyList<ProgramSummary>>(programs.All
            .Where(p => user.ProgramOf() is not { } own || own == p.Id)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(ProgramSummary.Of)
            .ToList());
}
