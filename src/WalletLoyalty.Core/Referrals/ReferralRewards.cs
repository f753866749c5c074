using System.Data.Common;
using Dapper;
using WalletLoyalty.Passes;
using WalletLoyalty.Till;
using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Referrals;

/// <summary>
/// Decides a referral with the friend's first purchase, in the purchase's transaction: it pays both members (ledger kind
/// referral) when the purchase reaches the minimum and the referrer is under the cap. The decision is stored once per
/// friend (referral_rewards' primary key), so a second till or a retried request cannot pay twice, and a purchase after a
/// refunded first one is not a first purchase. A paid reward takes the referrer's next reward number, unique per
/// referrer, so two friends buying at once cannot pay past the cap: the loser of the race retries and is counted again.
/// </summary>
public static class ReferralRewards
{
    public const string LedgerKind = "referral";

    /// <summary>
    /// Called with the earn just appended; null unless it paid a referral. The referrer's cards are updated here, the
    /// friend's by the caller with the purchase.
    /// </summary>
    public static async Task<ReferralPayout?> OnEarnAsync(DbConnection connection, DbTransaction transaction, PassUpdates updates, TillContext till,
        long friendId, long earnEntryId, long amountMinor, DateTimeOffset now)
    {
        if (till.Program.Template.Mechanics.Referral is not { } rules)
        {
            return null;
        }
        var referrerId = await connection.ExecuteScalarAsync<long?>(
            """
            SELECT r.referrer_member_id FROM referrals r JOIN members m ON m.id = r.referrer_member_id
            WHERE r.friend_member_id = @friendId AND r.refusal IS NULL AND m.erased_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM referral_rewards w WHERE w.friend_member_id = r.friend_member_id)
              AND NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.member_id = r.friend_member_id AND e.kind = 'earn' AND e.id <> @earnEntryId)
            """,
            new { friendId, earnEntryId }, transaction);
        if (referrerId is not { } referrer)
        {
            return null;
        }
        if (await ShareAWalletDeviceAsync(connection, transaction, friendId, referrer))
        {
            await connection.ExecuteAsync("UPDATE referrals SET refusal = @refusal WHERE friend_member_id = @friendId",
                new { refusal = ReferralRefusals.SameWalletDevice, friendId }, transaction);
            return null;
        }
        var paid = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM referral_rewards WHERE referrer_member_id = @referrer AND outcome = 'paid'", new { referrer }, transaction);
        var outcome = amountMinor < rules.MinFirstPurchaseMinor ? "first-purchase-too-small" : paid >= rules.MaxRewardsPerReferrer ? "capped" : "paid";
        await connection.ExecuteAsync(
            """
            INSERT INTO referral_rewards (friend_member_id, program_id, referrer_member_id, outcome, reward_number, purchase_entry_id, decided_at)
            VALUES (@friendId, @programId, @referrer, @outcome, @number, @earnEntryId, @now)
            """,
            new { friendId, programId = till.Program.Id, referrer, outcome, number = outcome == "paid" ? paid + 1 : (long?)null, earnEntryId, now }, transaction);
        if (outcome != "paid")
        {
            return null;
        }
        var (friendEntry, friendBalance) = await CreditAsync(connection, transaction, till, friendId, rules.FriendPoints, "referral: first purchase", now);
        var (referrerEntry, referrerBalance) = await CreditAsync(connection, transaction, till, referrer, rules.ReferrerPoints, "referral: a friend's first purchase", now);
        await connection.ExecuteAsync(
            "UPDATE referral_rewards SET friend_entry_id = @friendEntry, referrer_entry_id = @referrerEntry WHERE friend_member_id = @friendId",
            new { friendEntry, referrerEntry, friendId }, transaction);
        if (rules.ReferrerPoints > 0)
        {
            await updates.MemberCardsChangedAsync(connection, transaction, referrer, now);
        }
        await WebhookEvents.RaiseAsync(connection, transaction, till.Program.Id, WebhookEventTypes.ReferralRewarded, new
        {
            referrerMemberId = referrer, friendMemberId = friendId, referrerPoints = rules.ReferrerPoints, friendPoints = rules.FriendPoints,
            referrerBalance, friendBalance, purchaseEntryId = earnEntryId, storeId = till.StoreId,
        }, now);
        return new ReferralPayout(referrer, rules.ReferrerPoints, rules.FriendPoints, friendBalance);
    }

    private static async Task<(long? EntryId, long Balance)> CreditAsync(DbConnection connection, DbTransaction transaction, TillContext till, long memberId,
        long points, string reason, DateTimeOffset now)
    {
        if (points == 0)
        {
            return (null, await connection.ExecuteScalarAsync<long>("SELECT points_balance FROM members WHERE id = @memberId", new { memberId }, transaction));
        }
        var balance = await LedgerWriter.MoveBalanceAsync(connection, transaction, memberId, points, now)
            ?? throw new InvalidOperationException($"Member {memberId} vanished while a referral was paid.");
        var entryId = await LedgerWriter.AppendAsync(connection, transaction, new LedgerEntry
        {
            ProgramId = till.Program.Id, MemberId = memberId, Kind = LedgerKind, Points = points, BalanceAfter = balance,
            StoreId = till.StoreId, ApiKeyId = till.ApiKeyId, OccurredAt = now, Reason = reason,
        });
        return (entryId, balance);
    }

    private static async Task<bool> ShareAWalletDeviceAsync(DbConnection connection, DbTransaction transaction, long friendId, long referrerId) =>
        await connection.ExecuteScalarAsync<long?>(
            """
            SELECT 1 FROM apple_registrations f JOIN passes fp ON fp.id = f.pass_id
            JOIN apple_registrations r ON r.device_library_identifier = f.device_library_identifier JOIN passes rp ON rp.id = r.pass_id
            WHERE fp.member_id = @friendId AND rp.member_id = @referrerId
            LIMIT 1
            """,
            new { friendId, referrerId }, transaction) is not null;
}
