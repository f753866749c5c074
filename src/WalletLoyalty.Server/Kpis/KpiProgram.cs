using System.Security.Claims;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Kpis;

/// <summary>What every KPI endpoint checks first: the program, visible to this key, and a flyer source some member joined through.</summary>
public static class KpiProgram
{
    public static LoyaltyProgram? Visible(string program, ClaimsPrincipal user, ProgramCatalog programs) =>
        RouteValues.IsProgramId(program) && programs.Find(program) is { } found && user.MaySee(program) ? found : null;

    public static NotFoundProblem NotFound(string program) => Problems.NotFound($"No program '{program}' for this key.");

    /// <summary>False, with the problem named, when a well-formed source brought no member of the program.</summary>
    public static async Task<bool> CheckSourceAsync(KpiReport kpis, string program, string? source, Dictionary<string, string[]> errors,
        CancellationToken cancellationToken)
    {
        if (source is null || errors.ContainsKey("source") || await kpis.HasSourceAsync(program, source, cancellationToken))
        {
            return true;
        }
        errors["source"] = ["no member of this program joined through this flyer source"];
        return false;
    }
}
