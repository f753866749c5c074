using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Programs;
using WalletLoyalty.Reports;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Reports;

/// <summary>Installs and removals as Apple and Google report them, per flyer source: the top of each flyer's funnel.</summary>
public static class InstallsApi
{
    public static void MapInstallsApi(this WebApplication app) =>
        app.MapGet("/api/v1/programs/{program}/installs", InstallsAsync)
            .RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Members joined, wallet installs and removals per platform and flyer source");

    private static async Task<Results<Ok<IReadOnlyList<SourceInstalls>>, NotFoundProblem>> InstallsAsync(
        string program, ClaimsPrincipal user, ProgramCatalog programs, InstallsReport installs, CancellationToken cancellationToken)
    {
        if (programs.Find(program) is null || (user.ProgramOf() is { } own && own != program))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        return TypedResults.Ok(await installs.PerSourceAsync(program, cancellationToken));
    }
}
