using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>Schedule, pause, resume, cancel and duplicate: each a conditional status change, then the matching change in Quartz.</summary>
public static class CampaignLifecycleEndpoints
{
    public static void MapCampaignLifecycle(this RouteGroupBuilder campaigns)
    {
        campaigns.MapPost("/{id:long}/schedule", ScheduleAsync).WithSummary("draft → scheduled: register its trigger");
        campaigns.MapPost("/{id:long}/pause", PauseAsync).WithSummary("Stop sending and future firings until resumed");
        campaigns.MapPost("/{id:long}/resume", ResumeAsync).WithSummary("Continue sending and future firings");
        campaigns.MapPost("/{id:long}/cancel", CancelAsync).WithSummary("Stop for good; nothing more is sent");
        campaigns.MapPost("/{id:long}/duplicate", DuplicateAsync).WithSummary("A new draft with the same content");
    }

    private static async Task<Results<Ok<CampaignView>, NotFoundProblem, ConflictProblem, ValidationProblem>> ScheduleAsync(
        long id, ClaimsPrincipal user, ProgramCatalog programs, CampaignStore store, CampaignSchedule schedule, CronRule cron, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await store.FindVisibleAsync(id, user, cancellationToken) is not { } campaign)
        {
            return CampaignsApi.NotFound(id);
        }
        if (campaign.Status != CampaignStatus.Draft)
        {
            return Conflict(campaign, "scheduled");
        }
        var program = programs.Find(campaign.ProgramId)!;
        var errors = CampaignValidator.Validate(campaign.ToDraft(), program, cron.Problem);
        if (campaign.Trigger.Type == TriggerTypes.Once && TriggerTimes.TryReadAt(campaign.Trigger.At, program.TimeZone, out var at) && at <= time.GetUtcNow())
        {
            errors["trigger.at"] = [$"is in the past ({program.Template.TimeZone}); edit the draft to a later time"];
        }
        if (LocationWindow.Of(campaign.Trigger, program.TimeZone) is { } window && window.From <= time.GetUtcNow())
        {
            errors["trigger.from"] = [$"is in the past ({program.Template.TimeZone}); edit the draft to a later window"];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        if (!await store.TransitionAsync(id, [CampaignStatus.Draft], CampaignStatus.Scheduled, cancellationToken))
        {
            return Conflict((await store.FindAsync(id, cancellationToken))!, "scheduled");
        }
        await schedule.RegisterAsync(campaign, cancellationToken);
        return TypedResults.Ok(CampaignView.Of((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<Results<Ok<CampaignView>, NotFoundProblem, ConflictProblem>> PauseAsync(
        long id, ClaimsPrincipal user, CampaignStore store, CampaignSchedule schedule, CancellationToken cancellationToken)
    {
        if (await store.FindVisibleAsync(id, user, cancellationToken) is not { } campaign)
        {
            return CampaignsApi.NotFound(id);
        }
        if (!await store.TransitionAsync(id, [CampaignStatus.Scheduled, CampaignStatus.Sending], CampaignStatus.Paused, cancellationToken))
        {
            return Conflict(campaign, "paused");
        }
        await schedule.PauseAsync(id, cancellationToken);
        return TypedResults.Ok(CampaignView.Of((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<Results<Ok<CampaignView>, NotFoundProblem, ConflictProblem>> ResumeAsync(
        long id, ClaimsPrincipal user, CampaignStore store, CampaignSchedule schedule, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await store.FindVisibleAsync(id, user, cancellationToken) is not { } campaign)
        {
            return CampaignsApi.NotFound(id);
        }
        var openRun = await store.OpenRunAsync(id, cancellationToken);
        var to = openRun is null ? CampaignStatus.Scheduled : CampaignStatus.Sending;
        if (!await store.TransitionAsync(id, [CampaignStatus.Paused], to, cancellationToken))
        {
            return Conflict(campaign, "resumed");
        }
        await schedule.ResumeAsync(id, cancellationToken);
        if (openRun is { } runId)
        {
            await schedule.ContinueAsync(id, runId, time.GetUtcNow(), cancellationToken);
        }
        return TypedResults.Ok(CampaignView.Of((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<Results<Ok<CampaignView>, NotFoundProblem, ConflictProblem>> CancelAsync(
        long id, ClaimsPrincipal user, CampaignStore store, CampaignSchedule schedule, CampaignRunner runner, CancellationToken cancellationToken)
    {
        if (await store.FindVisibleAsync(id, user, cancellationToken) is not { } campaign)
        {
            return CampaignsApi.NotFound(id);
        }
        if (!await store.CancelAsync(id, cancellationToken))
        {
            return Conflict(campaign, "cancelled");
        }
        await schedule.RemoveAsync(id, cancellationToken);
        if (campaign.Trigger.Type == TriggerTypes.Location)
        {
            await runner.EndLocationAsync(id, cancellationToken);
        }
        return TypedResults.Ok(CampaignView.Of((await store.FindAsync(id, cancellationToken))!));
    }

    private static async Task<Results<Created<CampaignView>, NotFoundProblem>> DuplicateAsync(long id, ClaimsPrincipal user, CampaignStore store, CancellationToken cancellationToken)
    {
        if (await store.FindVisibleAsync(id, user, cancellationToken) is not { } campaign)
        {
            return CampaignsApi.NotFound(id);
        }
        var name = campaign.Name + " (copy)";
        var copy = await store.CreateAsync(campaign.ToDraft() with { Name = name.Length <= 80 ? name : name[..80] }, user.ActorOf(), cancellationToken);
        return TypedResults.Created($"/api/v1/campaigns/{copy.Id}", CampaignView.Of(copy));
    }

    private static ConflictProblem Conflict(Campaign campaign, string wanted) =>
        Problems.Conflict("campaign-status", $"The campaign cannot be {wanted} now", $"Campaign {campaign.Id} is {campaign.Status}.");
}
