using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Campaigns;

/// <summary>
/// Runs a campaign's firings. A firing is a row in campaign_runs, unique per campaign and scheduled time,
/// whose audience is selected once; sending then claims members in batches, one transaction each, and
/// checks between batches whether the campaign was paused or cancelled and whether quiet hours began.
/// Every step can be repeated: a second firing for the same time finds the run, and a claimed member
/// is never claimed again.
/// </summary>
public sealed class CampaignRunner(
    IDatabase database, ProgramCatalog programs, CampaignDelivery delivery, PassUpdates passes, TimeProvider time,
    IOptions<CampaignOptions> options, ILogger<CampaignRunner> logger)
{
    /// <summary>
    /// Starts the run of the firing scheduled for that time, or finds it when it exists. A firing later
    /// than the grace window that has no run yet is recorded as missed. Null: nothing to send.
    /// </summary>
    public async Task<long?> FireAsync(long campaignId, DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await connection.QuerySingleOrDefaultAsync<CampaignRun>(
            $"SELECT {CampaignRun.Columns} FROM campaign_runs WHERE campaign_id = @campaignId AND scheduled_for = @scheduledFor",
            new { campaignId, scheduledFor }, transaction);
        if (existing is not null)
        {
            return existing.Status == "sending" ? existing.Id : null;
        }
        var campaign = await CampaignStore.FindAsync(connection, transaction, campaignId);
        var program = campaign is null ? null : programs.Find(campaign.ProgramId);
        if (campaign is null || program is null || campaign.Status is not (CampaignStatus.Scheduled or CampaignStatus.Sending))
        {
            return null;
        }
        if (now - scheduledFor > options.Value.MisfireGrace)
        {
            await RecordMissedAsync(connection, transaction, campaign, scheduledFor, now);
            await transaction.CommitAsync(cancellationToken);
            logger.LogWarning("Campaign {Campaign}: the firing scheduled for {Scheduled} came {Late} late, beyond the grace window; recorded as missed",
                campaignId, scheduledFor, now - scheduledFor);
            return null;
        }
        var runId = await connection.ExecuteScalarAsync<long>(
            "INSERT INTO campaign_runs (campaign_id, scheduled_for, status, started_at) VALUES (@campaignId, @scheduledFor, 'sending', @now) RETURNING id",
            new { campaignId, scheduledFor, now }, transaction);
        var (audience, holdOut) = await RecipientSelection.SelectAsync(connection, transaction, runId, campaign, program, now, options.Value.PurchaseWindowDays);
        await connection.ExecuteAsync("UPDATE campaign_runs SET audience = @audience, hold_out = @holdOut WHERE id = @runId", new { audience, holdOut, runId }, transaction);
        await connection.ExecuteAsync(
            "UPDATE campaigns SET status = 'sending', updated_at = @now WHERE id = @campaignId AND status IN ('scheduled', 'sending')",
            new { campaignId, now }, transaction);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Campaign {Campaign}: run {Run} for {Scheduled} selected {Audience} members ({HoldOut} held out)", campaignId, runId, scheduledFor, audience, holdOut);
        return runId;
    }

    /// <summary>Sends the run's remaining members batch by batch until done, stopped, deferred or interrupted.</summary>
    public async Task<RunOutcome> ContinueAsync(long runId, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return new RunOutcome(RunProgress.Interrupted);
            }
            var outcome = await SendBatchAsync(runId, cancellationToken);
            if (outcome is not null)
            {
                return outcome;
            }
        }
    }

    /// <summary>One batch in one transaction; null when there is more to send.</summary>
    private async Task<RunOutcome?> SendBatchAsync(long runId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        // Taken before the batch's transaction writes: on SQLite that transaction holds the one write lock, and a
        // second connection of this process waiting for it would wait for itself until the busy timeout.
        var batchNumber = await NextBatchNumberAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Holds the campaign's row for the batch (a write on both engines), so a pause or cancel waits for a
        // batch under way, and the next batch, reading after it, sees the pause.
        await connection.ExecuteAsync(
            "UPDATE campaigns SET status = status WHERE id = (SELECT campaign_id FROM campaign_runs WHERE id = @runId)", new { runId }, transaction);
        var run = await connection.QuerySingleOrDefaultAsync<CampaignRun>($"SELECT {CampaignRun.Columns} FROM campaign_runs WHERE id = @runId", new { runId }, transaction);
        var campaign = run is null ? null : await CampaignStore.FindAsync(connection, transaction, run.CampaignId);
        var program = campaign is null ? null : programs.Find(campaign.ProgramId);
        if (run is not { Status: "sending" } || campaign is not { Status: CampaignStatus.Sending } || program is null)
        {
            return new RunOutcome(RunProgress.Stopped);
        }
        var window = LocationWindow.Of(campaign.Trigger, program.TimeZone);
        string? skipAll = null;
        if (QuietHours.EndIfQuiet(program, now) is { } quietUntil)
        {
            // Sending waits for the end of quiet hours, unless a location window closes before then.
            if (window is null || quietUntil < window.Until)
            {
                return new RunOutcome(RunProgress.Deferred, quietUntil);
            }
            skipAll = RecipientOutcome.QuietHours;
        }
        if (window is not null && now >= window.Until)
        {
            await FinishAsync(connection, transaction, run, campaign, now);
            await transaction.CommitAsync(cancellationToken);
            return new RunOutcome(RunProgress.Completed);
        }
        var batch = new RecipientBatch(runId, batchNumber);
        // Two senders of one run (a recovered firing beside a live one, on two nodes) claim disjoint members.
        // The pick is a CTE: PostgreSQL runs it once, where a LIMIT subquery under IN may run again per row.
        // The update joins the picked rows by primary key (they are pending, and locked by this transaction):
        // with "member_id IN (picked)" and a pending filter, PostgreSQL planned the run's pending rows against
        // the pick as a nested loop whenever its statistics saw few pending rows (a fresh run, or right after
        // the selection), a minute per batch of 1 000 in a run of 100 000.
        var claimed = await connection.ExecuteAsync(
            $"""
            WITH picked AS (
                SELECT member_id FROM campaign_recipients WHERE run_id = @runId AND state = 'pending' ORDER BY member_id LIMIT @size{database.SkipLocked})
            UPDATE campaign_recipients SET state = 'done', batch = @batch
            FROM picked WHERE campaign_recipients.run_id = @runId AND campaign_recipients.member_id = picked.member_id
            """,
            new { runId, batch = batch.Number, size = options.Value.BatchSize }, transaction);
        if (claimed == 0)
        {
            await FinishAsync(connection, transaction, run, campaign, now);
            await transaction.CommitAsync(cancellationToken);
            return new RunOutcome(RunProgress.Completed);
        }
        await delivery.DeliverAsync(connection, transaction, batch, campaign, program, now, skipAll);
        await transaction.CommitAsync(cancellationToken);
        passes.Committed();
        return null;
    }

    /// <summary>
    /// A batch number no other sender has, taken in a statement of its own so the counter's row is not
    /// held for the batch's transaction. A number taken by a batch that then rolls back, or that finds nothing
    /// left to claim, is simply skipped.
    /// </summary>
    private async Task<long> NextBatchNumberAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            "UPDATE counters SET value = value + 1 WHERE name = 'campaign_batch' RETURNING value");
    }

    private static async Task FinishAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, CampaignRun run, Campaign campaign, DateTimeOffset now)
    {
        var finished = await connection.ExecuteAsync(
            "UPDATE campaign_runs SET status = 'completed', finished_at = @now WHERE id = @Id AND status = 'sending'", new { run.Id, now }, transaction);
        // A location campaign stays sending until its window ends (EndLocationAsync).
        if (finished == 1 && campaign.Trigger.Type != TriggerTypes.Location)
        {
            await connection.ExecuteAsync(
                "UPDATE campaigns SET status = @status, updated_at = @now WHERE id = @Id AND status = 'sending'",
                new { campaign.Id, now, status = campaign.Trigger.IsRecurring ? CampaignStatus.Scheduled : CampaignStatus.Completed }, transaction);
        }
    }

    /// <summary>
    /// Ends a location campaign's window: the cards that carried its locations lose them (a new version and
    /// a push each), a run still sending stops, and the campaign is completed. Repeating it changes nothing.
    /// </summary>
    public async Task EndLocationAsync(long campaignId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await passes.MembersCardsChangedAsync(connection, transaction, MemberLocations.MembersOf, new { campaignId }, now, campaignId);
        var removed = await MemberLocations.RemoveAsync(connection, transaction, campaignId);
        await connection.ExecuteAsync(
            "UPDATE campaign_runs SET status = 'completed', finished_at = @now WHERE campaign_id = @campaignId AND status = 'sending'", new { campaignId, now }, transaction);
        await connection.ExecuteAsync(
            "UPDATE campaigns SET status = 'completed', updated_at = @now WHERE id = @campaignId AND status IN ('scheduled', 'sending')", new { campaignId, now }, transaction);
        await transaction.CommitAsync(cancellationToken);
        passes.Committed();
        logger.LogInformation("Campaign {Campaign}: location window ended; {Cards} cards no longer point at the stores", campaignId, removed);
    }

    private static async Task RecordMissedAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, Campaign campaign, DateTimeOffset scheduledFor, DateTimeOffset now)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO campaign_runs (campaign_id, scheduled_for, status, started_at, finished_at) VALUES (@Id, @scheduledFor, 'missed', @now, @now)
            ON CONFLICT (campaign_id, scheduled_for) DO NOTHING
            """,
            new { campaign.Id, scheduledFor, now }, transaction);
        if (!campaign.Trigger.IsRecurring)
        {
            await connection.ExecuteAsync(
                "UPDATE campaigns SET status = 'missed', updated_at = @now WHERE id = @Id AND status IN ('scheduled', 'sending')", new { campaign.Id, now }, transaction);
        }
    }
}
