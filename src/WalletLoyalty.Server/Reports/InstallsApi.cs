using System.Security.Claims;
using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Reports;

/// <summary>Installs and removals as Apple and Google report them, per flyer source: the top of each flyer's funnel.</summary>
public static class InstallsApi
{
    public static void MapInstallsApi(this WebApplication app) =>
        app.MapGet("/api/v1/programs/{program}/installs", InstallsAsync)
            .RequireAuthorization(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Members joined, wallet installs and removals per platform and flyer source");

    private static async Task<IResult> InstallsAsync(string program, ClaimsPrincipal user, ProgramCatalog programs, IDatabase database, CancellationToken cancellationToken)
    {
        if (programs.Find(program) is null || (user.ProgramOf() is { } own && own != program))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var joined = await connection.QueryAsync<(string? Source, long Members)>(
            "SELECT source, COUNT(*) FROM members WHERE program_id = @program GROUP BY source", new { program });
        var events = await connection.QueryAsync<(string? Source, string Platform, string Kind, long Count)>(
            "SELECT source, platform, kind, COUNT(*) FROM wallet_events WHERE program_id = @program GROUP BY source, platform, kind", new { program });
        var sources = joined.Select(j => j.Source).Concat(events.Select(e => e.Source)).Distinct().OrderBy(s => s, StringComparer.Ordinal);
        long Count(string? source, string platform, string kind) =>
            events.Where(e => e.Source == source && e.Platform == platform && e.Kind == kind).Sum(e => e.Count);
        return TypedResults.Ok(sources.Select(source => new
        {
            source,
            members = joined.Where(j => j.Source == source).Sum(j => j.Members),
            apple = new { installs = Count(source, "apple", "install"), removals = Count(source, "apple", "uninstall") },
            google = new { installs = Count(source, "google", "install"), removals = Count(source, "google", "uninstall") },
        }));
    }
}
