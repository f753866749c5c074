using System.Data.Common;
using Dapper;
using WalletLoyalty.Coupons;
using WalletLoyalty.Observability;
using WalletLoyalty.Passes;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Till;

/// <summary>
/// Takes a reward (points off) or a coupon (used up), exactly once: both are conditional updates,
/// so of two tills at the same moment only one finds the points or the active coupon.
/// </summary>
public sealed class RedeemOperation(PassUpdates updates, LoyaltyMetrics metrics)
{
    public async Task<TillAnswer> RunAsync(DbConnection connection, DbTransaction transaction, TillContext till, RedeemRequest request, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return TillAnswer.Invalid("invalid", "Card code missing", "code is required: a card code, member number or coupon code.");
        }
        var code = CardCodes.Normalize(request.Code);
        var kind = request.CouponId is not null || CardCodes.IsCouponCode(code) ? "coupon" : "reward";
        var answer = (request.CouponId, kind) switch
        {
            ({ } couponId, _) => await RedeemListedCouponAsync(connection, transaction, till, code, couponId, now),
            (_, "coupon") => await RedeemCouponAsync(connection, transaction, till, await FindCouponAsync(connection, transaction, till, "code = @code", new { code }), now),
            _ => await RedeemRewardAsync(connection, transaction, till, request, now),
        };
        return answer with { Settled = () => metrics.Redeemed(kind, answer.Succeeded ? "redeemed" : answer.ProblemType ?? "refused") };
    }

    private async Task<TillAnswer> RedeemRewardAsync(DbConnection connection, DbTransaction transaction, TillContext till, RedeemRequest request, DateTimeOffset now)
    {
        var reward = request.RewardId is null ? null : till.Program.Reward(request.RewardId);
        if (reward is null)
        {
            return TillAnswer.Invalid("unknown-reward", "Unknown reward", $"rewardId must be one of: {string.Join(", ", till.Program.Template.Rewards.Select(r => r.Id))}.");
        }
        var member = await MemberLookup.FindAsync(connection, transaction, till.Program.Id, request.Code!);
        if (member is null)
        {
            return TillAnswer.NotFound("No member of this program has that card.");
        }
        if (MemberLookup.Refusal(member) is { } refused)
        {
            return refused;
        }
        if (!Tiers.TierLadder.Allows(till.Program, member.Tier, reward.Id))
        {
            return TillAnswer.Conflict("reward-not-for-tier", "Not for this tier",
                $"{reward.Name} is for members from {till.Program.Template.Mechanics.TierPerks!.RewardTier(reward.Id)} up; this member is {member.Tier}.");
        }
        var balance = await LedgerWriter.MoveBalanceAsync(connection, transaction, member.Id, -reward.Points, now);
        if (balance is null)
        {
            var current = (await MemberLookup.GetAsync(connection, transaction, member.Id)).PointsBalance;
            return TillAnswer.Conflict("insufficient-points", "Not enough points", $"{reward.Name} needs {reward.Points} points; the member has {current}.");
        }
        var entryId = await LedgerWriter.AppendAsync(connection, transaction, new LedgerEntry
        {
            ProgramId = till.Program.Id, MemberId = member.Id, Kind = "redeem", Points = -reward.Points, BalanceAfter = balance.Value,
            StoreId = till.StoreId, RewardId = reward.Id, ApiKeyId = till.ApiKeyId, OccurredAt = now,
        });
        await updates.MemberCardsChangedAsync(connection, transaction, member.Id, now);
        await WebhookEvents.RaiseAsync(connection, transaction, till.Program.Id, WebhookEventTypes.PointsRedeemed, new
        {
            memberId = member.Id, entryId, points = reward.Points, balance = balance.Value, rewardId = reward.Id, storeId = till.StoreId,
        }, now);
        return TillAnswer.Ok(new RedeemResponse(entryId, "reward", reward.Points, balance.Value, RewardSummary.Of(reward), null));
    }

    /// <summary>A coupon the till listed on the member's card: only that member's, and only with their card.</summary>
    private async Task<TillAnswer> RedeemListedCouponAsync(DbConnection connection, DbTransaction transaction, TillContext till, string cardCode, long couponId, DateTimeOffset now)
    {
        if (await MemberLookup.FindAsync(connection, transaction, till.Program.Id, cardCode) is not { } member)
        {
            return TillAnswer.NotFound("No member of this program has that card.");
        }
        if (MemberLookup.Refusal(member) is { } refused)
        {
            return refused;
        }
        var coupon = await FindCouponAsync(connection, transaction, till, "id = @couponId AND member_id = @memberId", new { couponId, memberId = member.Id });
        return coupon is null
            ? TillAnswer.NotFound("This member has no such coupon.")
            : await RedeemCouponAsync(connection, transaction, till, coupon, now);
    }

    private async Task<TillAnswer> RedeemCouponAsync(DbConnection connection, DbTransaction transaction, TillContext till, Coupon? coupon, DateTimeOffset now)
    {
        if (coupon is null)
        {
            return TillAnswer.NotFound("No coupon of this program has that code.");
        }
        if (await CouponOffers.OfferCouponsAtTill.RefusalAsync(connection, transaction, till, coupon.Id) is { } notHere)
        {
            return notHere;
        }
        var used = await connection.ExecuteAsync(
            """
            UPDATE coupons SET status = 'redeemed', redeemed_at = @now, redeemed_store_id = @store
            WHERE id = @id AND status = 'active' AND (expires_at IS NULL OR expires_at > @now)
            """,
            new { now, store = till.StoreId, id = coupon.Id }, transaction);
        if (used == 0)
        {
            // Read again: with writers in parallel, the till that won may have committed after the first read.
            coupon = (await FindCouponAsync(connection, transaction, till, "id = @id", new { id = coupon.Id }))!;
            return coupon.Status == "redeemed"
                ? TillAnswer.Conflict("already-redeemed", "Coupon already used", $"This coupon was redeemed on {coupon.RedeemedAt:u}.")
                : TillAnswer.Conflict("expired", "Coupon not valid", coupon.Status == "void" ? "This coupon was withdrawn." : $"This coupon expired on {coupon.ExpiresAt:u}.");
        }
        await CouponOffers.OfferCouponsAtTill.RecordAsync(connection, transaction, coupon.Id, till.StoreId, now);
        var balance = (await MemberLookup.GetAsync(connection, transaction, coupon.MemberId)).PointsBalance;
        var entryId = await LedgerWriter.AppendAsync(connection, transaction, new LedgerEntry
        {
            ProgramId = till.Program.Id, MemberId = coupon.MemberId, Kind = "redeem", Points = 0, BalanceAfter = balance,
            StoreId = till.StoreId, CouponId = coupon.Id, ApiKeyId = till.ApiKeyId, OccurredAt = now,
        });
        await updates.CouponChangedAsync(connection, transaction, coupon.Id, voided: true, now);
        await WebhookEvents.RaiseAsync(connection, transaction, till.Program.Id, WebhookEventTypes.CouponRedeemed, new
        {
            memberId = coupon.MemberId, couponId = coupon.Id, entryId, title = coupon.Title, storeId = till.StoreId,
        }, now);
        var redeemed = coupon with { Status = "redeemed", RedeemedAt = now };
        return TillAnswer.Ok(new RedeemResponse(entryId, "coupon", 0, balance, null, redeemed.ToSummary()));
    }

    /// <summary>The program's coupon a condition picks; the condition is SQL written here, never input.</summary>
    private static Task<Coupon?> FindCouponAsync(DbConnection connection, DbTransaction transaction, TillContext till, string condition, object parameters)
    {
        var bound = new DynamicParameters(parameters);
        bound.Add("programId", till.Program.Id);
        return connection.QuerySingleOrDefaultAsync<Coupon>(
            $"SELECT {Coupon.Columns} FROM coupons WHERE {condition} AND program_id = @programId", bound, transaction);
    }
}
