using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Reports;

/// <summary>One flyer source (null: members who came without one): members joined, and cards installed and removed per wallet.</summary>
public sealed record SourceInstalls(string? Source, long Members, WalletInstalls Apple, WalletInstalls Google);

/// <summary>Distinct passes ever installed in the wallet, and distinct passes ever removed from it.</summary>
public sealed record WalletInstalls(long Installs, long Removals);

/// <summary>Installs and removals as Apple and Google report them, per flyer source: the top of each flyer's funnel.</summary>
public sealed class InstallsReport(IDatabase database)
{
    /// <summary>Every source that brought a member or a wallet event, in ordinal order.</summary>
    public async Task<IReadOnlyList<SourceInstalls>> PerSourceAsync(string program, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var joined = await connection.QueryAsync<(string? Source, long Members)>(
            "SELECT source, COUNT(*) FROM members WHERE program_id = @program GROUP BY source", new { program });
        var events = await connection.QueryAsync<(string? Source, string Platform, string Kind, long Count)>(
            // Passes, not events: a card on two phones, or removed and added again, is one install.
            "SELECT source, platform, kind, COUNT(DISTINCT pass_id) FROM wallet_events WHERE program_id = @program GROUP BY source, platform, kind", new { program });
        var sources = joined.Select(j => j.Source).Concat(events.Select(e => e.Source)).Distinct().OrderBy(s => s, StringComparer.Ordinal);
        long Count(string? source, string platform, string kind) =>
            events.Where(e => e.Source == source && e.Platform == platform && e.Kind == kind).Sum(e => e.Count);
        WalletInstalls On(string? source, string platform) => new(Count(source, platform, "install"), Count(source, platform, "uninstall"));
        return sources
            .Select(source => new SourceInstalls(source, joined.Where(j => j.Source == source).Sum(j => j.Members), On(source, "apple"), On(source, "google")))
            .ToList();
    }
}
