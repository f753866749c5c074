using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
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
            .RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Members joined, wallet installs and removals per platform and flyer source");

    private static async Task<Results<Ok<IReadOnlyList<SourceInstalls>>, NotFoundProblem>> InstallsAsync(
        string program, ClaimsPrincipal user, ProgramCatalog programs, IDatabase database, CancellationToken cancellationToken)
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
        WalletInstalls On(string? source, string platform) => new(Count(source, platform, "install"), Count(source, platform, "uninstall"));
        return TypedResults.Ok<IReadOnlyList<SourceInstalls>>(sources
            .Select(source => new SourceInstalls(source, joined.Where(j => j.Source == source).Sum(j => j.Members), On(source, "apple"), On(source, "google")))
            .ToList());
    }
}

/// <summary>One flyer source (null: members who came without one): members joined and cards installed and removed per wallet.</summary>
public sealed record SourceInstalls(string? Source, long Members, WalletInstalls Apple, WalletInstalls Google);

public sealed record WalletInstalls(long Installs, long Removals);
