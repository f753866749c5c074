using Dapper;
using Microsoft.Extensions.Options;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Kpis;

/// <summary>
/// The loyalty KPIs of a period and of the period of the same length before it. Every member's purchases are read once,
/// from their purchase digest (<see cref="KpiMembers"/>), and every figure is counted from that pass (<see cref="KpiCalculation"/>).
/// </summary>
public sealed class KpiReport(IDatabase database, IOptions<KpiOptions> options)
{
    public async Task<KpiFigures> ComputeAsync(LoyaltyProgram program, KpiQuery query, CancellationToken cancellationToken)
    {
        var (sets, filter) = Plan(program, query);
        var members = await KpiMembers.ReadAsync(database, filter, sets, cancellationToken);
        return await FiguresAsync(program, sets, filter, members, cancellationToken);
    }

    /// <summary>The windows of the period and of the one before, and what narrows the members and purchases counted.</summary>
    public (KpiWindows[] Sets, KpiLedger.Filter Filter) Plan(LoyaltyProgram program, KpiQuery query)
    {
        var activeDays = options.Value.ActiveDays;
        KpiWindows[] sets = [KpiWindows.For(query, program.TimeZone, activeDays), KpiWindows.For(query.Previous, program.TimeZone, activeDays)];
        return (sets, new KpiLedger.Filter(program.Id, query.Store, query.Source, query.Tier));
    }

    /// <summary>The figures of members whose purchases are counted: installs and the ledger's other entries are added here.</summary>
    public async Task<KpiFigures> FiguresAsync(LoyaltyProgram program, KpiWindows[] sets, KpiLedger.Filter filter, Dictionary<long, MemberTally> members,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await KpiLedger.AddInstallsAsync(connection, filter, members, cancellationToken);
        var figures = new KpiFigures[sets.Length];
        for (var set = 0; set < sets.Length; set++)
        {
            var extras = await KpiLedger.ExtrasAsync(connection, filter, sets[set], members, cancellationToken);
            figures[set] = KpiCalculation.Figures(program, set, sets[set], members.Values, extras) with
            {
                Nps = await KpiSurveyScores.NpsAsync(connection, filter, sets[set].Spans[KpiWindows.Period], cancellationToken),
            };
            figures[set] = await Referrals.ReferralKpis.AddAsync(connection, program, set, sets[set], members, figures[set], cancellationToken);
        }
        return figures[0] with { Previous = figures[1] };
    }

    /// <summary>Whether any member of the program joined through the flyer source.</summary>
    public async Task<bool> HasSourceAsync(string program, string source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT 1 FROM members WHERE program_id = @program AND source = @source LIMIT 1", new { program, source }, cancellationToken: cancellationToken)) is not null;
    }
}
