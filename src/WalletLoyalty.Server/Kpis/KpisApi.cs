using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Kpis;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Kpis;

/// <summary>Is the program working? The loyalty KPIs of a period, beside those of the period before, and the dashboard's tables (docs/kpis.md).</summary>
public static class KpisApi
{
    public static void MapKpisApi(this WebApplication app)
    {
        var kpis = app.MapGroup("/api/v1/programs/{program}/kpis").RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing");
        kpis.MapGet("", KpisAsync).Produces<Stream>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("Loyalty KPIs for local dates from (inclusive) to (exclusive), by store, flyer source and tier, with the period before");
        kpis.MapKpiTables();
    }

    private static async Task<Results<Ok<KpiFigures>, FileContentHttpResult, NotFoundProblem, ValidationProblem>> KpisAsync(
        string program, string? from, string? to, string? store, string? source, string? tier, string? format, string? table, HttpRequest request,
        ClaimsPrincipal user, ProgramCatalog programs, KpiReport kpis, TimeProvider time, CancellationToken cancellationToken)
    {
        if (KpiProgram.Visible(program, user, programs) is not { } found)
        {
            return KpiProgram.NotFound(program);
        }
        var (query, errors) = KpiRequest.Read(found, from, to, store, source, tier, time.GetUtcNow());
        var csv = KpiCsv.Wanted(request, format, errors);
        if (table is not null && (!csv || !KpiFigureTables.Names.Contains(table)))
        {
            errors["table"] = [$"with format=csv, one of {string.Join(", ", KpiFigureTables.Names)}"];
        }
        if (await KpiProgram.CheckSourceAsync(kpis, program, source, errors, cancellationToken) is false || query is null || errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var figures = await kpis.ComputeAsync(found, query, cancellationToken);
        return csv ? KpiFigureTables.Csv(program, figures, table ?? KpiFigureTables.Figures) : TypedResults.Ok(figures);
    }
}
