using System.Data.Common;
using WalletLoyalty.Audit;
using WalletLoyalty.Passes;
using WalletLoyalty.Till;

namespace WalletLoyalty.MemberCare;

public sealed record AdjustmentRequest(long? Points, string? Reason);

public sealed record AdjustmentResponse(long EntryId, long Points, long Balance, string Reason);

/// <summary>
/// Staff correct a balance: one <c>adjust</c> entry with the reason, the balance moved by the same conditional
/// update as the till's (never below zero), audited with the Idempotency-Key and the pass pushed, in the
/// transaction <see cref="IdempotentTransaction"/> stores the answer in.
/// </summary>
public sealed class PointsAdjustment(PassUpdates updates)
{
    public const string Action = "points.adjusted";
    public const long MaxPoints = 1_000_000_000;
    public const int MaxReasonLength = 200;

    /// <summary>The fields refused and why; empty when the request may run.</summary>
    public static Dictionary<string, string[]> Check(AdjustmentRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Points is not { } points || points == 0 || Math.Abs(points) > MaxPoints)
        {
            errors["points"] = [$"must be a whole number of points to add (positive) or take (negative), not 0, at most {MaxPoints} either way"];
        }
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length > MaxReasonLength || request.Reason.Any(char.IsControl))
        {
            errors["reason"] = [$"is required: why the balance is corrected, at most {MaxReasonLength} printable characters"];
        }
        return errors;
    }

    public async Task<TillAnswer> RunAsync(DbConnection connection, DbTransaction transaction, string programId, long memberId, AdjustmentRequest request,
        Actor actor, string idempotencyKey, DateTimeOffset now)
    {
        var member = await MemberRecords.ProfileAsync(connection, transaction, programId, memberId);
        if (member is null)
        {
            return TillAnswer.NotFound($"No member {memberId} in program '{programId}'.");
        }
        if (member.ErasedAt is not null)
        {
            return TillAnswer.Conflict(MemberErasure.ErasedProblem, "Member erased", $"Member {memberId} was erased; their balance can no longer change.");
        }
        var points = request.Points!.Value;
        var reason = request.Reason!.Trim();
        var balance = await LedgerWriter.MoveBalanceAsync(connection, transaction, memberId, points, now);
        if (balance is null)
        {
            return TillAnswer.Conflict("insufficient-points", "Not enough points",
                $"Taking {-points} points would leave a negative balance; the member has {member.Points}.");
        }
        var entryId = await LedgerWriter.AppendAsync(connection, transaction, new LedgerEntry
        {
            ProgramId = programId, MemberId = memberId, Kind = "adjust", Points = points, BalanceAfter = balance.Value,
            ApiKeyId = actor.KeyId, OccurredAt = now, Reason = reason,
        });
        await updates.MemberCardsChangedAsync(connection, transaction, memberId, now);
        await AuditTrail.RecordAsync(connection, transaction, actor, Action,
            $"member {memberId}: {points:+#;-#} points, entry {entryId}, Idempotency-Key {idempotencyKey}: {reason}", programId, now);
        return TillAnswer.Ok(new AdjustmentResponse(entryId, points, balance.Value, reason));
    }
}
