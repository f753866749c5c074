using System.Data.Common;
using Dapper;
using WalletLoyalty.Observability;
using WalletLoyalty.Passes;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Till;

/// <summary>Credits a purchase: points by the program's rule, once per receipt and store.</summary>
public sealed class EarnOperation(PassUpdates updates, LoyaltyMetrics metrics)
{
    public const long MaxAmountMinor = 100_000_000;

    public async Task<TillAnswer> RunAsync(DbConnection connection, DbTransaction transaction, TillContext till, EarnRequest request, DateTimeOffset now)
    {
        if (TillValidation.Earn(till, request) is { } invalid)
        {
            return invalid;
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
        var credited = await connection.ExecuteScalarAsync<long?>(
            "SELECT id FROM ledger_entries WHERE program_id = @ProgramId AND store_id = @StoreId AND receipt_id = @receipt AND kind = 'earn'",
            new { ProgramId = till.Program.Id, till.StoreId, receipt = request.ReceiptId }, transaction);
        if (credited is not null)
        {
            return TillAnswer.Conflict("receipt-already-credited", "Receipt already credited", $"Receipt {request.ReceiptId} was already credited at this store.");
        }
        var points = Tiers.TierEarning.PointsFor(till.Program, request.AmountMinor!.Value, member.Tier);
        var balance = await LedgerWriter.MoveBalanceAsync(connection, transaction, member.Id, points, now)
            ?? throw new InvalidOperationException("A credit cannot make a balance negative");
        var entryId = await LedgerWriter.AppendAsync(connection, transaction, new LedgerEntry
        {
            ProgramId = till.Program.Id, MemberId = member.Id, Kind = "earn", Points = points, BalanceAfter = balance,
            AmountMinor = request.AmountMinor, Currency = request.Currency, StoreId = till.StoreId, ReceiptId = request.ReceiptId,
            ApiKeyId = till.ApiKeyId, OccurredAt = now, Categories = PurchaseCategories.Stored(request.Categories),
        });
        var referral = await Referrals.ReferralRewards.OnEarnAsync(connection, transaction, updates, till, member.Id, entryId, request.AmountMinor!.Value, now);
        balance = referral?.FriendBalance ?? balance;
        var standing = await Tiers.TierUpdate.ApplyAsync(connection, transaction, till.Program, member.Id, now);
        var tier = standing.Tier;
        balance += standing.WelcomePoints;
        if (points > 0 || standing.CardChanged || referral is not null)
        {
            await updates.MemberCardsChangedAsync(connection, transaction, member.Id, now);
        }
        if (points > 0)
        {
            await WebhookEvents.RaiseAsync(connection, transaction, till.Program.Id, WebhookEventTypes.PointsEarned, new
            {
                memberId = member.Id, entryId, points, balance, tier, storeId = till.StoreId, receiptId = request.ReceiptId,
                amountMinor = request.AmountMinor, currency = request.Currency,
            }, now);
        }
        return TillAnswer.Ok(new EarnResponse(entryId, points, balance, tier) { ReferralPointsCredited = referral?.FriendPoints }) with { Settled = () => metrics.Earned(till.Program.Id, points) };
    }
}
