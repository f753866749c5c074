using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Kpis;

/// <summary>One month of a cohort's life: how many of its members bought in it, and their share of the cohort.</summary>
public sealed record CohortMonth(int MonthsSinceJoining, DateOnly Month, long Customers, double? Share);

/// <summary>The members who joined in one local calendar month, and their months since (only months that have begun).</summary>
public sealed record Cohort(DateOnly JoinMonth, long Members, IReadOnlyList<CohortMonth> Months);

public sealed record KpiCohorts(DateOnly From, DateOnly To, string? Source, string? Tier, IReadOnlyList<Cohort> Cohorts);

/// <summary>The retention grid by join month: every cell counted in one pass over the cohorts' purchases.</summary>
public sealed class KpiCohortReport(IDatabase database)
{
    public async Task<KpiCohorts> ComputeAsync(LoyaltyProgram program, KpiTableQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var months = KpiBuckets.Covering(query.From, query.To, KpiInterval.Month, program.TimeZone);
        var filter = new KpiLedger.Filter(program.Id, null, query.Source, query.Tier);
        var cohortOf = await JoinMonthsAsync(filter, months, cancellationToken);
        var sizes = new long[months.Count];
        foreach (var cohort in cohortOf.Values)
        {
            sizes[cohort]++;
        }
        var bought = Enumerable.Range(0, months.Count).Select(c => new HashSet<long>[months.Count - c]).ToArray();
        await KpiPurchases.ForEachAsync(database, filter, months.Span, purchase =>
        {
            if (cohortOf.TryGetValue(purchase.MemberId, out var cohort) && months.IndexOf(purchase.Ticks) - cohort is var since and >= 0)
            {
                (bought[cohort][since] ??= []).Add(purchase.MemberId);
            }
        }, cancellationToken);
        var begun = months.IndexOf(now.UtcTicks) is var current and >= 0 ? current + 1 : now.UtcTicks >= months.Span.End ? months.Count : 0;
        var cohorts = Enumerable.Range(0, Math.Min(begun, months.Count)).Select(c => new Cohort(months.Days[c], sizes[c],
            [.. Enumerable.Range(0, begun - c).Select(since => Cell(months, c, since, sizes[c], bought[c][since]?.Count ?? 0))]));
        return new(months.Days[0], months.Days[^1], query.Source, query.Tier, [.. cohorts]);
    }

    private static CohortMonth Cell(KpiBuckets months, int cohort, int since, long size, long customers) =>
        new(since, months.Days[cohort + since], customers, size == 0 ? null : (double)customers / size);

    /// <summary>The cohort (index of the join month) of every member who joined in the months.</summary>
    private async Task<Dictionary<long, int>> JoinMonthsAsync(KpiLedger.Filter filter, KpiBuckets months, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, DateTimeOffset JoinedAt)>(new CommandDefinition(
            $"SELECT m.id, m.joined_at FROM members m WHERE m.program_id = @Program AND m.joined_at >= @from AND m.joined_at < @to{filter.MemberConditions("m")}",
            new { filter.Program, filter.Source, filter.Tier, from = KpiPurchases.Instant(months.Span.Start), to = KpiPurchases.Instant(months.Span.End) },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => months.IndexOf(r.JoinedAt.UtcTicks));
    }
}
