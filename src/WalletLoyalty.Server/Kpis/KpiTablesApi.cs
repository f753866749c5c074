using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Kpis;

/// <summary>The dashboard's tables: trends by week or month, the cohort grid and the stores compared, as JSON or CSV (docs/kpis.md).</summary>
public static class KpiTablesApi
{
    public static void MapKpiTables(this RouteGroupBuilder kpis)
    {
        kpis.MapGet("/trends", TrendsAsync).Produces<Stream>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("Purchases, customers, net amount and average order value per local week (from Monday) or month");
        kpis.MapGet("/cohorts", CohortsAsync).Produces<Stream>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("The share of each join month's members who bought in each month since joining");
        kpis.MapGet("/stores", StoresAsync).Produces<Stream>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("Purchases, customers, net amount and average order value per store");
    }

    private static async Task<Results<Ok<KpiTrends>, FileContentHttpResult, NotFoundProblem, ValidationProblem>> TrendsAsync(
        string program, string? from, string? to, string? interval, string? store, string? source, string? tier, string? format, HttpRequest request,
        ClaimsPrincipal user, ProgramCatalog programs, KpiReport kpis, KpiTrendReport trends, TimeProvider time, CancellationToken cancellationToken)
    {
        if (KpiProgram.Visible(program, user, programs) is not { } found)
        {
            return KpiProgram.NotFound(program);
        }
        var (query, errors) = KpiTableRequest.Trends(found, from, to, interval, store, source, tier, time.GetUtcNow());
        var csv = KpiCsv.Wanted(request, format, errors);
        if (await KpiProgram.CheckSourceAsync(kpis, program, source, errors, cancellationToken) is false || query is null || errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var answer = await trends.ComputeAsync(found, query, cancellationToken);
        return csv
            ? KpiCsv.File(KpiCsv.Name(program, $"trends-{answer.Interval}", answer.From, answer.To),
                ["start", "end", "purchases", "customers", "net_amount_minor", "average_order_value_minor"],
                answer.Buckets.Select(b => new object?[] { b.Start, b.End, b.Purchases, b.Customers, b.NetAmountMinor, b.AverageOrderValueMinor }))
            : TypedResults.Ok(answer);
    }

    private static async Task<Results<Ok<KpiCohorts>, FileContentHttpResult, NotFoundProblem, ValidationProblem>> CohortsAsync(
        string program, string? from, string? to, string? source, string? tier, string? format, HttpRequest request,
        ClaimsPrincipal user, ProgramCatalog programs, KpiReport kpis, KpiCohortReport cohorts, TimeProvider time, CancellationToken cancellationToken)
    {
        if (KpiProgram.Visible(program, user, programs) is not { } found)
        {
            return KpiProgram.NotFound(program);
        }
        var (query, errors) = KpiTableRequest.Cohorts(found, from, to, source, tier, time.GetUtcNow());
        var csv = KpiCsv.Wanted(request, format, errors);
        if (await KpiProgram.CheckSourceAsync(kpis, program, source, errors, cancellationToken) is false || query is null || errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var answer = await cohorts.ComputeAsync(found, query, time.GetUtcNow(), cancellationToken);
        return csv
            ? KpiCsv.File(KpiCsv.Name(program, "cohorts", answer.From, answer.To),
                ["join_month", "members", "months_since_joining", "month", "customers", "share"],
                answer.Cohorts.SelectMany(c => c.Months.Select(m => new object?[] { c.JoinMonth, c.Members, m.MonthsSinceJoining, m.Month, m.Customers, m.Share })))
            : TypedResults.Ok(answer);
    }

    private static async Task<Results<Ok<KpiStores>, FileContentHttpResult, NotFoundProblem, ValidationProblem>> StoresAsync(
        string program, string? from, string? to, string? source, string? tier, string? format, HttpRequest request,
        ClaimsPrincipal user, ProgramCatalog programs, KpiReport kpis, KpiStoreReport stores, TimeProvider time, CancellationToken cancellationToken)
    {
        if (KpiProgram.Visible(program, user, programs) is not { } found)
        {
            return KpiProgram.NotFound(program);
        }
        var (query, errors) = KpiTableRequest.Table(found, from, to, source, tier, time.GetUtcNow());
        var csv = KpiCsv.Wanted(request, format, errors);
        if (await KpiProgram.CheckSourceAsync(kpis, program, source, errors, cancellationToken) is false || query is null || errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var answer = await stores.ComputeAsync(found, query, cancellationToken);
        return csv
            ? KpiCsv.File(KpiCsv.Name(program, "stores", answer.From, answer.To),
                ["store", "name", "purchases", "customers", "net_amount_minor", "average_order_value_minor"],
                answer.Stores.Select(s => new object?[] { s.Store, s.Name, s.Purchases, s.Customers, s.NetAmountMinor, s.AverageOrderValueMinor }))
            : TypedResults.Ok(answer);
    }
}
