using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>Marketers plan campaigns: drafts, their lifecycle and their results (docs/campaigns-api.md).</summary>
public static class CampaignsApi
{
    public const int MaxBodyBytes = 16 * 1024;

    public static void MapCampaignsApi(this WebApplication app)
    {
        var campaigns = app.MapGroup("/api/v1/campaigns").RequireApiKey(AccessPolicies.Marketer).WithTags("Campaigns");
        campaigns.MapPost("/", CreateAsync).WithSummary("Create a draft campaign").Accepts<CampaignDraft>("application/json");
        campaigns.MapGet("/", ListAsync).WithSummary("Campaigns, newest first, with headline results");
        campaigns.MapGet("/{id:long}", GetAsync).WithSummary("One campaign");
        campaigns.MapPut("/{id:long}", ReplaceAsync).WithSummary("Replace a draft's content").Accepts<CampaignDraft>("application/json");
        campaigns.MapCampaignLifecycle();
        campaigns.MapCampaignResults();
    }

    private static async Task<Results<Created<CampaignView>, ValidationProblem, UnreadableBodyProblem>> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, CampaignStore store, CronRule cron, CancellationToken cancellationToken)
    {
        var (draft, problem) = await JsonBody.ReadAsync<CampaignDraft>(request, MaxBodyBytes, cancellationToken);
        if (draft is null)
        {
            return problem!;
        }
        if (programs.VisibleProgram(draft.ProgramId, user) is not { } program)
        {
            return Problems.Invalid("programId", $"no program '{draft.ProgramId}' for this key");
        }
        var errors = CampaignValidator.Validate(draft, program, cron.Problem);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var campaign = await store.CreateAsync(Trimmed(draft), user.ActorOf(), cancellationToken);
        return TypedResults.Created($"/api/v1/campaigns/{campaign.Id}", CampaignView.Of(campaign));
    }

    private static async Task<Ok<IReadOnlyList<CampaignView>>> ListAsync(
        string? programId, ClaimsPrincipal user, ProgramCatalog programs, CampaignStore store, CampaignResultsQuery results, CancellationToken cancellationToken)
    {
        // An unknown program has no campaigns; asking the database would pass it text it may refuse (PostgreSQL refuses a NUL).
        if (programId is not null && (!user.MaySee(programId) || programs.Find(programId) is null))
        {
            return TypedResults.Ok<IReadOnlyList<CampaignView>>([]);
        }
        var campaigns = await store.ListAsync(programId ?? user.ProgramOf(), cancellationToken);
        var headlines = await results.HeadlinesAsync(campaigns.Select(c => c.Id).ToList(), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CampaignView>>(campaigns.Select(c => CampaignView.Of(c, headlines[c.Id])).ToList());
    }

    private static async Task<Results<Ok<CampaignView>, NotFoundProblem>> GetAsync(
        long id, ClaimsPrincipal user, CampaignStore store, CancellationToken cancellationToken) =>
        await store.FindVisibleAsync(id, user, cancellationToken) is { } campaign ? TypedResults.Ok(CampaignView.Of(campaign)) : NotFound(id);

    private static async Task<Results<Ok<CampaignView>, NotFoundProblem, ConflictProblem, ValidationProblem, UnreadableBodyProblem>> ReplaceAsync(
        long id, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, CampaignStore store, CronRule cron, CancellationToken cancellationToken)
    {
        if (await store.FindVisibleAsync(id, user, cancellationToken) is not { } existing)
        {
            return NotFound(id);
        }
        var (draft, problem) = await JsonBody.ReadAsync<CampaignDraft>(request, MaxBodyBytes, cancellationToken);
        if (draft is null)
        {
            return problem!;
        }
        if (draft.ProgramId is not null && draft.ProgramId != existing.ProgramId)
        {
            return Problems.Invalid("programId", "a campaign stays in its program; duplicate it into a new draft instead");
        }
        draft = Trimmed(draft with { ProgramId = existing.ProgramId });
        var errors = CampaignValidator.Validate(draft, programs.Find(existing.ProgramId)!, cron.Problem);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        return await store.ReplaceDraftAsync(id, draft, cancellationToken)
            ? TypedResults.Ok(CampaignView.Of((await store.FindAsync(id, cancellationToken))!))
            : NotDraft(existing);
    }

    internal static NotFoundProblem NotFound(long id) => Problems.NotFound($"No campaign {id} for this key.");

    internal static ConflictProblem NotDraft(Campaign campaign) =>
        Problems.Conflict("campaign-not-draft", "Only drafts can be edited", $"Campaign {campaign.Id} is {campaign.Status}; duplicate it to change its content.");

    private static CampaignDraft Trimmed(CampaignDraft draft) => draft with { Name = draft.Name?.Trim() };
}
