using Dapper;
using WalletLoyalty.Audit;
using WalletLoyalty.Data;

namespace WalletLoyalty.MemberCare;

/// <summary>A campaign that reached the member, per channel as the run recorded it.</summary>
public sealed record MemberCampaignMessage
{
    public long CampaignId { get; init; }
    public string CampaignName { get; init; } = "";
    public DateTimeOffset? SentAt { get; init; }
    public string? Apple { get; init; }
    public string? Google { get; init; }
    public string? App { get; init; }
}

/// <summary>A message queued for one of the member's Google cards or app devices, with what it said.</summary>
public sealed record MemberOutboundMessage
{
    public string Channel { get; init; } = "";
    public string? Payload { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
}

/// <summary>The member's answer to a survey round.</summary>
public sealed record MemberSurveyAnswer
{
    public string Round { get; init; } = "";
    public int Score { get; init; }
    public string? Comment { get; init; }
    public string Language { get; init; } = "";
    public DateTimeOffset AnsweredAt { get; init; }
}

/// <summary>Everything held about a member, for their request to see it.</summary>
public sealed record MemberDataExport(DateTimeOffset ExportedAt, MemberProfileView Profile, IReadOnlyList<MemberConsentView> Consents,
    IReadOnlyList<MemberLedgerEntry> Ledger, IReadOnlyList<MemberCouponView> Coupons, IReadOnlyList<MemberPassView> Passes,
    IReadOnlyList<MemberAppDevice> AppDevices, IReadOnlyList<MemberCampaignMessage> Campaigns, IReadOnlyList<MemberOutboundMessage> Messages,
    IReadOnlyList<MemberSurveyAnswer> SurveyAnswers);

/// <summary>Collects the export, audited in the transaction that reads it (a read of personal data on someone's request is itself a record).</summary>
public sealed class MemberExport(IDatabase database, TimeProvider time)
{
    public const string Action = "member.exported";

    public async Task<MemberDataExport?> ExportAsync(string programId, long memberId, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await MemberRecords.ProfileAsync(connection, transaction, programId, memberId) is not { } profile)
        {
            return null;
        }
        var campaigns = await connection.QueryAsync<MemberCampaignMessage>(
            """
            SELECT r.campaign_id AS CampaignId, c.name AS CampaignName, r.sent_at AS SentAt, r.apple AS Apple, r.google AS Google, r.app AS App
            FROM campaign_recipients r JOIN campaigns c ON c.id = r.campaign_id
            WHERE r.member_id = @memberId AND r.sent_at IS NOT NULL ORDER BY r.sent_at
            """,
            new { memberId }, transaction);
        var messages = await connection.QueryAsync<MemberOutboundMessage>(
            """
            SELECT o.channel AS Channel, o.payload AS Payload, o.status AS Status, o.created_at AS CreatedAt, o.finished_at AS FinishedAt
            FROM outbox o
            WHERE o.payload IS NOT NULL AND (
                o.target IN (SELECT g.object_id FROM google_objects g JOIN passes p ON p.id = g.pass_id WHERE p.member_id = @memberId)
                OR o.target IN (SELECT fcm_token FROM app_devices WHERE member_id = @memberId))
            ORDER BY o.id
            """,
            new { memberId }, transaction);
        var surveyAnswers = await connection.QueryAsync<MemberSurveyAnswer>(
            """
            SELECT round AS Round, score AS Score, comment AS Comment, language AS Language, answered_at AS AnsweredAt
            FROM survey_answers WHERE member_id = @memberId ORDER BY answered_at, id
            """,
            new { memberId }, transaction);
        var export = new MemberDataExport(now, profile,
            await MemberRecords.ConsentsAsync(connection, memberId, transaction),
            await MemberRecords.LedgerAsync(connection, memberId, long.MaxValue, 0, transaction),
            await MemberRecords.CouponsAsync(connection, memberId, transaction),
            await MemberRecords.PassesAsync(connection, memberId, withTokens: true, transaction),
            await MemberRecords.AppDevicesAsync(connection, memberId, withTokens: true, transaction),
            campaigns.AsList(), messages.AsList(), surveyAnswers.AsList());
        await AuditTrail.RecordAsync(connection, transaction, actor, Action, $"member {memberId}", programId, now);
        await transaction.CommitAsync(cancellationToken);
        return export;
    }
}
