using System.Data;
using Dapper;

namespace WalletLoyalty.Benchmarks.Stores;

/// <summary>The earn's SQL, the same text on SQLite and PostgreSQL, one statement at a time as the service sends it.</summary>
public static class EarnStatements
{
    public static void Run(IDbConnection connection, IDbTransaction transaction, TillEarn earn)
    {
        connection.Execute(
            "INSERT INTO idempotency_keys (idempotency_key, response_body, created_at) VALUES (@IdempotencyKey, @Answer, @At)",
            earn, transaction);
        connection.Execute(
            "INSERT INTO ledger_entries (member_id, kind, points, receipt_id, occurred_at) VALUES (@MemberId, 'earn', @Points, @ReceiptId, @At)",
            earn, transaction);
        var moved = connection.Execute(
            "UPDATE members SET points_balance = points_balance + @Points WHERE id = @MemberId AND points_balance + @Points >= 0",
            earn, transaction);
        if (moved != 1)
        {
            throw new InvalidOperationException($"member {earn.MemberId}: balance not moved");
        }
        connection.Execute(
            "INSERT INTO outbox (channel, target, status, not_before, created_at) VALUES ('apns', @PassSerial, 'pending', @At, @At)",
            earn, transaction);
    }

    public static StoreTotals Totals(IDbConnection connection) => connection.QuerySingle<StoreTotals>(
        "SELECT (SELECT COUNT(*) FROM ledger_entries) AS LedgerRows, (SELECT CAST(COALESCE(SUM(points_balance), 0) AS BIGINT) FROM members) AS PointsBalance");
}
