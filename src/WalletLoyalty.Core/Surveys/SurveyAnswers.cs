using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Till;

namespace WalletLoyalty.Surveys;

/// <summary>The member a survey link names.</summary>
public sealed record SurveyMember(long MemberId, string ProgramId);

public enum SurveyOutcome
{
    Saved,

    /// <summary>The member had answered in this round: nothing was stored and no points were given.</summary>
    AlreadyAnswered,

    /// <summary>The member was erased: they can no longer answer.</summary>
    MemberErased,
}

public sealed record SurveyResult(SurveyOutcome Outcome, string Round, long PointsCredited);

/// <summary>
/// Stores members' answers, one per member per round. The round's UNIQUE constraint decides between answers sent at
/// once (ON CONFLICT DO NOTHING on both engines); the answer's points, its survey ledger entry and the pass update are
/// written in the answer's transaction, so points come exactly once with the one stored answer.
/// </summary>
public sealed class SurveyAnswers(IDatabase database, PassUpdates updates, TimeProvider time)
{
    public const string LedgerKind = "survey";

    /// <summary>The member whose store card the link names, when the link's key is that card's; null otherwise.</summary>
    public async Task<SurveyMember?> FindByLinkAsync(string serialNumber, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var card = await connection.QuerySingleOrDefaultAsync<(string Token, long MemberId, string ProgramId)>(new CommandDefinition(
            """
            SELECT p.authentication_token, m.id, m.program_id
            FROM passes p JOIN members m ON m.id = p.member_id
            WHERE p.serial_number = @serialNumber AND p.kind = 'storeCard' AND p.voided = FALSE AND m.erased_at IS NULL
            """,
            new { serialNumber }, cancellationToken: cancellationToken));
        return card.Token is not null && SurveyLinks.IsKeyOf(serialNumber, card.Token, key) ? new SurveyMember(card.MemberId, card.ProgramId) : null;
    }

    /// <summary>The round answers given now belong to.</summary>
    public string CurrentRound(LoyaltyProgram program, SurveyRules rules) => SurveyRound.At(rules, program.TimeZone, time.GetUtcNow());

    public async Task<bool> HasAnsweredAsync(long memberId, string round, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT 1 FROM survey_answers WHERE member_id = @memberId AND round = @round", new { memberId, round }, cancellationToken: cancellationToken)) is not null;
    }

    public async Task<SurveyResult> AnswerAsync(LoyaltyProgram program, SurveyRules rules, long memberId, SurveyAnswer answer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var round = SurveyRound.At(rules, program.TimeZone, now);
        using var turn = await database.EnterWriterQueueAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var answerId = await connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO survey_answers (program_id, member_id, round, score, comment, language, answered_at)
            SELECT @programId, m.id, @round, @score, @comment, @language, @now FROM members m
            WHERE m.id = @memberId AND m.program_id = @programId AND m.erased_at IS NULL
            ON CONFLICT (member_id, round) DO NOTHING
            RETURNING id
            """,
            new { programId = program.Id, memberId, round, score = answer.Score, comment = answer.Comment, language = answer.Language, now }, transaction);
        if (answerId is null)
        {
            var present = await connection.ExecuteScalarAsync<long?>(
                "SELECT 1 FROM members WHERE id = @memberId AND program_id = @programId AND erased_at IS NULL",
                new { memberId, programId = program.Id }, transaction) is not null;
            return new SurveyResult(present ? SurveyOutcome.AlreadyAnswered : SurveyOutcome.MemberErased, round, 0);
        }
        if (rules.Points > 0)
        {
            var balance = await LedgerWriter.MoveBalanceAsync(connection, transaction, memberId, rules.Points, now)
                ?? throw new InvalidOperationException($"Member {memberId} vanished while answering the survey.");
            var entryId = await LedgerWriter.AppendAsync(connection, transaction, new LedgerEntry
            {
                ProgramId = program.Id, MemberId = memberId, Kind = LedgerKind, Points = rules.Points, BalanceAfter = balance, OccurredAt = now,
                Reason = $"survey {round}",
            });
            await connection.ExecuteAsync("UPDATE survey_answers SET ledger_entry_id = @entryId WHERE id = @answerId", new { entryId, answerId }, transaction);
            await updates.MemberCardsChangedAsync(connection, transaction, memberId, now);
        }
        await transaction.CommitAsync(cancellationToken);
        return new SurveyResult(SurveyOutcome.Saved, round, rules.Points);
    }
}
