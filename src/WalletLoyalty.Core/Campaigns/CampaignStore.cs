using System.Data.Common;
using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;

namespace WalletLoyalty.Campaigns;

/// <summary>Campaigns as rows. Status changes are conditional updates, so two marketers cannot both win a race.</summary>
public sealed class CampaignStore(IDatabase database, TimeProvider time)
{
    private const string Columns = """
        id AS Id, program_id AS ProgramId, name AS Name, status AS Status, audience AS Audience, message AS Message,
        coupon AS Coupon, channels AS Channels, trigger_spec AS TriggerSpec, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public async Task<Campaign> CreateAsync(CampaignDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO campaigns (program_id, name, status, audience, message, coupon, channels, trigger_spec, created_at, updated_at)
            VALUES (@ProgramId, @Name, 'draft', @Audience, @Message, @Coupon, @Channels, @TriggerSpec, @now, @now)
            RETURNING id
            """,
            Parameters(draft, now), transaction);
        await AuditTrail.RecordAsync(connection, transaction, actor, AuditTrail.CampaignCreated, $"campaign {id} ('{draft.Name}')", draft.ProgramId, now);
        var campaign = (await FindAsync(connection, transaction, id))!;
        await transaction.CommitAsync(cancellationToken);
        return campaign;
    }

    public async Task<Campaign?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, id);
    }

    public static async Task<Campaign?> FindAsync(DbConnection connection, DbTransaction? transaction, long id)
    {
        var row = await connection.QuerySingleOrDefaultAsync<CampaignRow>($"SELECT {Columns} FROM campaigns WHERE id = @id", new { id }, transaction);
        return row?.ToCampaign();
    }

    public async Task<IReadOnlyList<Campaign>> ListAsync(string? programId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CampaignRow>(
            $"SELECT {Columns} FROM campaigns WHERE @programId IS NULL OR program_id = @programId ORDER BY id DESC LIMIT 500", new { programId });
        return rows.Select(r => r.ToCampaign()).ToList();
    }

    /// <summary>Replaces a draft's content; false when the campaign is no longer a draft.</summary>
    public async Task<bool> ReplaceDraftAsync(long id, CampaignDraft draft, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new DynamicParameters(Parameters(draft, time.GetUtcNow()));
        parameters.Add("id", id);
        return await connection.ExecuteAsync(
            """
            UPDATE campaigns SET name = @Name, audience = @Audience, message = @Message, coupon = @Coupon, channels = @Channels,
                                 trigger_spec = @TriggerSpec, updated_at = @now
            WHERE id = @id AND status = 'draft'
            """,
            parameters) == 1;
    }

    /// <summary>Moves the campaign from one of the given statuses to another; false when it was in none of them.</summary>
    public async Task<bool> TransitionAsync(long id, IReadOnlyCollection<string> from, string to, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            $"UPDATE campaigns SET status = @to, updated_at = @now WHERE id = @id AND {SqlLists.In(connection, "status", "@from")}",
            new { id, from, to, now = time.GetUtcNow() }) == 1;
    }

    /// <summary>Stops a campaign for good: its status and any run still sending, in one transaction.</summary>
    public async Task<bool> CancelAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var cancelled = await connection.ExecuteAsync(
            "UPDATE campaigns SET status = 'cancelled', updated_at = @now WHERE id = @id AND status IN ('draft', 'scheduled', 'sending', 'paused')",
            new { id, now }, transaction);
        await connection.ExecuteAsync(
            "UPDATE campaign_runs SET status = 'cancelled', finished_at = @now WHERE campaign_id = @id AND status = 'sending'", new { id, now }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return cancelled == 1;
    }

    /// <summary>The run that was still sending when the campaign was paused, if any.</summary>
    public async Task<long?> OpenRunAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>("SELECT MAX(id) FROM campaign_runs WHERE campaign_id = @id AND status = 'sending'", new { id });
    }

    /// <summary>Every run left sending by a campaign that is still sending: what a restart has to continue.</summary>
    public async Task<IReadOnlyList<(long RunId, long CampaignId)>> RunsStillSendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var open = await connection.QueryAsync<(long RunId, long CampaignId)>(
            "SELECT r.id, r.campaign_id FROM campaign_runs r JOIN campaigns c ON c.id = r.campaign_id WHERE r.status = 'sending' AND c.status = 'sending'");
        return open.AsList();
    }

    private static object Parameters(CampaignDraft draft, DateTimeOffset now) => new
    {
        draft.ProgramId,
        draft.Name,
        Audience = new JsonColumn(CampaignJson.Write(draft.Audience ?? new AudienceFilter())),
        Message = new JsonColumn(CampaignJson.Write(draft.Message ?? new CampaignMessage())),
        Coupon = new JsonColumn(draft.Coupon is null ? null : CampaignJson.Write(draft.Coupon)),
        Channels = new JsonColumn(CampaignJson.Write(draft.Channels ?? [])),
        TriggerSpec = new JsonColumn(CampaignJson.Write(draft.Trigger ?? new CampaignTrigger())),
        now,
    };

    private sealed class CampaignRow
    {
        public long Id { get; init; }
        public string ProgramId { get; init; } = "";
        public string Name { get; init; } = "";
        public string Status { get; init; } = "";
        public string Audience { get; init; } = "";
        public string Message { get; init; } = "";
        public string? Coupon { get; init; }
        public string Channels { get; init; } = "";
        public string TriggerSpec { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }

        public Campaign ToCampaign() => new()
        {
            Id = Id, ProgramId = ProgramId, Name = Name, Status = Status,
            Audience = CampaignJson.Read<AudienceFilter>(Audience),
            Message = CampaignJson.Read<CampaignMessage>(Message),
            Coupon = Coupon is null ? null : CampaignJson.Read<CampaignCoupon>(Coupon),
            Channels = CampaignJson.Read<List<string>>(Channels),
            Trigger = CampaignJson.Read<CampaignTrigger>(TriggerSpec),
            CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
        };
    }
}
