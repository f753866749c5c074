using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>What a campaign achieved, as JSON or as CSV per channel, and the live size of an audience before sending.</summary>
public static class CampaignResultsEndpoints
{
    private const string CsvContentType = "text/csv; charset=utf-8";

    public static void MapCampaignResults(this RouteGroupBuilder campaigns)
    {
        campaigns.MapGet("/{id:long}/results", ResultsAsync).WithSummary("Audience, per-channel delivery, coupons and purchases against the hold-out");
        campaigns.MapGet("/{id:long}/results.csv", CsvAsync).WithSummary("The per-channel results as CSV")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv"); // a file result does not declare its type
        campaigns.MapPost("/audience-count", CountAsync).WithSummary("How many members an audience has now, and its hold-out")
            .Accepts<AudienceCountRequest>("application/json");
    }

    private static async Task<Results<Ok<CampaignResults>, NotFoundProblem>> ResultsAsync(
        long id, ClaimsPrincipal user, CampaignStore store, CampaignResultsQuery results, CancellationToken cancellationToken) =>
        await store.FindVisibleAsync(id, user, cancellationToken) is { } campaign
            ? TypedResults.Ok(await results.ForAsync(campaign, cancellationToken))
            : CampaignsApi.NotFound(id);

    private static async Task<Results<FileContentHttpResult, NotFoundProblem>> CsvAsync(
        long id, ClaimsPrincipal user, CampaignStore store, CampaignResultsQuery results, CancellationToken cancellationToken)
    {
        if (await store.FindVisibleAsync(id, user, cancellationToken) is not { } campaign)
        {
            return CampaignsApi.NotFound(id);
        }
        var found = await results.ForAsync(campaign, cancellationToken);
        var csv = new StringBuilder("campaign_id,channel,audience,hold_out,sent,delivered,failed,skipped_cap,skipped_quiet_hours,skipped_quota,skipped_consent\n");
        foreach (var (channel, r) in found.Channels)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{campaign.Id},{channel},{found.Audience},{found.HoldOut},{r.Sent},{r.Delivered},{r.Failed},{r.Skipped.Cap},{r.Skipped.QuietHours},{r.Skipped.Quota},{r.Skipped.Consent}\n");
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), CsvContentType, $"campaign-{campaign.Id}-results.csv");
    }

    private static async Task<Results<Ok<AudienceCountResponse>, ValidationProblem, UnreadableBodyProblem>> CountAsync(
        HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, AudienceCounter counter, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<AudienceCountRequest>(request, CampaignsApi.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        if (programs.VisibleProgram(body.ProgramId, user) is not { } program)
        {
            return Problems.Invalid("programId", $"no program '{body.ProgramId}' for this key");
        }
        var audience = body.Audience ?? new AudienceFilter();
        var errors = CampaignValidator.ValidateAudience(audience, program);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var (count, holdOut) = await counter.CountAsync(program, audience, cancellationToken);
        return TypedResults.Ok(new AudienceCountResponse(count, holdOut));
    }
}
