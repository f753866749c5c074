using System.Data.Common;
using Dapper;
using WalletLoyalty.Passes;

namespace WalletLoyalty.Till;

/// <summary>
/// Undoes an earn (a refund) by receipt. If the points were spent meanwhile, it refuses, unless the
/// cashier allows a partial reversal, which then says how many points could not be taken back.
/// </summary>
public sealed class ReverseOperation(PassUpdates updates)
{
    public async Task<TillAnswer> RunAsync(DbConnection connection, DbTransaction transaction, TillContext till, ReverseRequest request, DateTimeOffset now)
    {
        if (TillValidation.Receipt(request.ReceiptId) is { } invalid)
        {
            return invalid;
        }
        var earn = await connection.QuerySingleOrDefaultAsync<(long Id, long MemberId, long Points)?>(
            "SELECT id, member_id, points FROM ledger_entries WHERE program_id = @programId AND store_id = @store AND receipt_id = @receipt AND kind = 'earn'",
            new { programId = till.Program.Id, store = till.StoreId, receipt = request.ReceiptId }, transaction);
        if (earn is not { } entry)
        {
            return TillAnswer.NotFound($"No purchase with receipt {request.ReceiptId} was credited at this store.");
        }
        var reversed = await connection.ExecuteScalarAsync<long?>(
            "SELECT id FROM ledger_entries WHERE reverses_entry_id = @id AND kind = 'reverse'", new { id = entry.Id }, transaction);
        if (reversed is not null)
        {
            return TillAnswer.Conflict("already-reversed", "Already reversed", $"Receipt {request.ReceiptId} was already reversed.");
        }
        var available = (await MemberLookup.GetAsync(connection, transaction, entry.MemberId)).PointsBalance;
        if (available < entry.Points && !request.AllowPartial)
        {
            return TillAnswer.Conflict("insufficient-points-for-reversal", "Points already spent",
                $"The purchase earned {entry.Points} points but only {available} are left. Reverse with allowPartial to take back {available} and record the shortfall.");
        }
        var take = Math.Min(entry.Points, available);
        var balance = await LedgerWriter.MoveBalanceAsync(connection, transaction, entry.MemberId, -take, now)
            ?? throw new InvalidOperationException("The balance was checked in this transaction");
        var entryId = await LedgerWriter.AppendAsync(connection, transaction, new LedgerEntry
        {
            ProgramId = till.Program.Id, MemberId = entry.MemberId, Kind = "reverse", Points = -take, BalanceAfter = balance,
            StoreId = till.StoreId, ReceiptId = request.ReceiptId, ReversesEntryId = entry.Id, ApiKeyId = till.ApiKeyId, OccurredAt = now,
        });
        var tier = (await Tiers.TierUpdate.ApplyAsync(connection, transaction, till.Program, entry.MemberId, now, immediate: true)).Tier;
        await updates.MemberCardsChangedAsync(connection, transaction, entry.MemberId, now);
        return TillAnswer.Ok(new ReverseResponse(entryId, take, entry.Points - take, balance, tier));
    }
}
