using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;
using Microsoft.Extensions.Options;
using WalletLoyalty.Push;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Passes;

/// <summary>
/// The one way to say "what a pass shows has changed": new versions and the pushes they owe, in the
/// caller's transaction. Call <see cref="Committed"/> after the commit to send the pushes at once.
/// </summary>
public sealed class PassUpdates(IOptions<AppleOptions> apple, IOptions<PushOptions> push, PushSignal signal)
{
    public async Task MemberCardsChangedAsync(DbConnection connection, DbTransaction transaction, long memberId, DateTimeOffset now)
    {
        var passIds = await PassChanges.MarkMemberCardsChangedAsync(connection, transaction, memberId, now);
        await EnqueueAsync(connection, transaction, passIds, now);
    }

    /// <summary>The member's loyalty cards are voided: Apple devices are pushed to fetch the void, Google objects turn inactive.</summary>
    public async Task MemberCardsVoidedAsync(DbConnection connection, DbTransaction transaction, long memberId, DateTimeOffset now)
    {
        var passIds = await PassChanges.MarkMemberCardsVoidedAsync(connection, transaction, memberId, now);
        await EnqueueAsync(connection, transaction, passIds, now);
    }

    /// <summary>
    /// The loyalty cards of the members a subquery selects changed (a campaign batch); their pushes are
    /// attributed to the campaign. Set-based, so a batch of a thousand members is two statements.
    /// </summary>
    public async Task MembersCardsChangedAsync(DbConnection connection, DbTransaction transaction, string memberIdsSql, object memberParameters, DateTimeOffset now, long? campaignId)
    {
        await PassChanges.MarkCardsChangedAsync(connection, transaction, memberIdsSql, memberParameters, now);
        await PushOutbox.EnqueueApplePushesForMembersAsync(
            connection, transaction, memberIdsSql, memberParameters, apple.Value.PassTypeIdentifier, now, Coalesce, campaignId);
    }

    public async Task CouponChangedAsync(DbConnection connection, DbTransaction transaction, long couponId, bool voided, DateTimeOffset now)
    {
        var passIds = await PassChanges.MarkCouponPassesChangedAsync(connection, transaction, couponId, voided, now);
        await EnqueueAsync(connection, transaction, passIds, now);
    }

    /// <summary>
    /// The passes of the coupons a subquery selects changed (an offer's batch voided); set-based, so a batch of
    /// thousands of coupons is a few statements. The subquery is SQL written by the caller, never input.
    /// </summary>
    public async Task CouponsChangedAsync(DbConnection connection, DbTransaction transaction, string couponIdsSql, object couponParameters, bool voided, DateTimeOffset now)
    {
        var passIds = await PassChanges.MarkCouponsPassesChangedAsync(connection, transaction, couponIdsSql, couponParameters, voided, now);
        await EnqueueAsync(connection, transaction, passIds, now);
    }

    /// <summary>APNs pushes for the Apple devices, and a patch for each pass that also lives in Google Wallet.</summary>
    private async Task EnqueueAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<long> passIds, DateTimeOffset now)
    {
        await PushOutbox.EnqueueApplePushesAsync(connection, transaction, passIds, apple.Value.PassTypeIdentifier, now, Coalesce);
        if (passIds.Count == 0)
        {
            return;
        }
        var googleObjects = (await connection.QueryAsync<string>(
            $"SELECT object_id FROM google_objects WHERE {SqlLists.In(connection, "pass_id", "@passIds")}", new { passIds }, transaction)).AsList();
        await PushOutbox.EnqueueSyncAsync(connection, transaction, PushOutbox.GoogleObjectChannel, googleObjects, "", now + Coalesce, now);
    }

    public void Committed() => signal.Notify();

    private TimeSpan Coalesce => TimeSpan.FromMilliseconds(push.Value.CoalesceMilliseconds);
}
