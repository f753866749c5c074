using Dapper;
using Microsoft.Extensions.Options;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Kpis;

/// <summary>
/// The loyalty KPIs of a period and of the period of the same length before it. The ledger is read once, in time order,
/// through the covering index of V0021, and every figure is counted from that pass (<see cref="KpiCalculation"/>).
/// </summary>
public sealed class KpiReport(IDatabase database, IOptions<KpiOptions> options)
{
    public async Task<KpiFigures> ComputeAsync(LoyaltyProgram program, KpiQuery query, CancellationToken cancellationToken)
    {
        var activeDays = options.Value.ActiveDays;
        KpiWindows[] sets = [KpiWindows.For(query, program.TimeZone, activeDays), KpiWindows.For(query.Previous, program.TimeZone, activeDays)];
        var filter = new KpiLedger.Filter(program.Id, query.Store, query.Source, query.Tier);
        await using var connection = await database.OpenAsync(cancellationToken);
        var members = await KpiLedger.MembersAsync(connection, filter, sets.Length, cancellationToken);
        await KpiLedger.AddInstallsAsync(connection, filter, members, cancellationToken);
        var refunded = await KpiLedger.RefundedAsync(connection, filter, cancellationToken);
        await KpiLedger.AddPurchasesAsync(database, filter, sets, members, refunded, cancellationToken);
        var figures = new KpiFigures[sets.Length];
        for (var set = 0; set < sets.Length; set++)
        {
            var extras = await KpiLedger.ExtrasAsync(connection, filter, sets[set], members, cancellationToken);
            figures[set] = KpiCalculation.Figures(program, set, sets[set], members.Values, extras) with
            {
                Nps = await KpiSurveyScores.NpsAsync(connection, filter, sets[set].Spans[KpiWindows.Period], cancellationToken),
            };
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
