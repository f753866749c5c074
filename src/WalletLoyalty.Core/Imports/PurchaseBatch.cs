using System.Data.Common;
using Dapper;
using Npgsql;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Imports;

/// <summary>
/// Writes a batch of purchases in the caller's transaction, set-based: each becomes an earn entry at its own
/// time, with the points the till would give, and moves its member's balance. A receipt the store already
/// credited is skipped, so a second run of the same file changes nothing. The members it credited are
/// remembered: their tier and a new version of their cards follow once per member when the whole file is in
/// (<see cref="ImportTiers"/>), not in every batch that names them.
/// </summary>
public static class PurchaseBatch
{
    /// <summary>Writes the rows it can and returns the refused ones (purchases of members the program does not have).</summary>
    public static async Task<IReadOnlyList<ImportLineError>> WriteAsync(DbConnection connection, DbTransaction transaction, LoyaltyProgram program, ImportJob job,
        IReadOnlyList<PurchaseRow> rows)
    {
        var refused = new List<ImportLineError>();
        if (rows.Count == 0)
        {
            return refused;
        }
        var members = await MembersAsync(connection, transaction, program.Id, rows.Select(r => r.ExternalId).Distinct().ToList());
        var credited = await CreditedAsync(connection, transaction, program.Id, rows);
        var entries = new List<Entry>();
        foreach (var row in rows)
        {
            if (!members.TryGetValue(row.ExternalId, out var member))
            {
                refused.Add(new ImportLineError(row.Line, $"no member of this program has external_id '{Clip(row.ExternalId)}'"));
                continue;
            }
            if (!credited.Add((row.StoreId, row.ReceiptId)))
            {
                continue;
            }
            var points = program.Template.Earning.PointsFor(row.AmountMinor);
            member.Balance = checked(member.Balance + points);
            member.Credited += points;
            member.LastPurchase = member.LastPurchase is { } last && last > row.OccurredAt ? last : row.OccurredAt;
            entries.Add(new Entry(member.Id, points, member.Balance, row));
        }
        if (entries.Count == 0)
        {
            return refused;
        }
        await InsertEarnsAsync(connection, transaction, program.Id, job.ApiKeyId, entries);
        var touched = members.Values.Where(m => m.LastPurchase is not null).ToList();
        await CreditAsync(connection, transaction, touched);
        await RememberTouchedAsync(connection, transaction, job.Id, touched);
        return refused;
    }

    private const string InsertEarn = """
        INSERT INTO ledger_entries (program_id, member_id, kind, points, balance_after, amount_minor, currency, store_id, receipt_id,
                                    api_key_id, occurred_at, categories)
        """;

    /// <summary>A VALUES table on PostgreSQL, a prepared statement per row on SQLite (<see cref="PreparedRows"/>).</summary>
    private static async Task InsertEarnsAsync(DbConnection connection, DbTransaction transaction, string programId, long? apiKeyId, List<Entry> entries)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection)
        {
            await new RowValues<Entry>("purchase", entries)
                .Long("member_id", e => e.MemberId).Long("points", e => e.Points).Long("balance_after", e => e.BalanceAfter)
                .Long("amount_minor", e => e.Row.AmountMinor).Text("currency", e => e.Row.Currency).Text("store_id", e => e.Row.StoreId)
                .Text("receipt_id", e => e.Row.ReceiptId).Instant("occurred_at", e => e.Row.OccurredAt).Text("categories", e => e.Row.Categories)
                .ExecuteAsync(connection, transaction,
                    InsertEarn + """
                    SELECT @programId, member_id, 'earn', points, balance_after, amount_minor, currency, store_id, receipt_id,
                           @apiKeyId, occurred_at, categories
                    FROM purchase
                    """, new { programId, apiKeyId });
            return;
        }
        await using var insert = PreparedRows.Prepare(connection, transaction,
            InsertEarn + "VALUES ($0, $1, 'earn', $2, $3, $4, $5, $6, $7, $8, $9, $10)", 11);
        foreach (var e in entries)
        {
            await insert.ExecuteAsync(programId, e.MemberId, e.Points, e.BalanceAfter, e.Row.AmountMinor, e.Row.Currency, e.Row.StoreId, e.Row.ReceiptId,
                apiKeyId, e.Row.OccurredAt, e.Row.Categories);
        }
    }

    private const string Credit = """
        points_balance = points_balance + {0},
            last_activity_at = CASE WHEN members.last_activity_at IS NULL OR members.last_activity_at < {1} THEN {1} ELSE members.last_activity_at END
        """;

    private static async Task CreditAsync(DbConnection connection, DbTransaction transaction, List<Member> touched)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection)
        {
            await new RowValues<Member>("credit", touched)
                .Long("member_id", m => m.Id).Long("points", m => m.Credited).Instant("last_purchase", m => m.LastPurchase)
                .ExecuteAsync(connection, transaction,
                    "UPDATE members SET " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Credit, "credit.points", "credit.last_purchase")
                    + " FROM credit WHERE members.id = credit.member_id");
            return;
        }
        await using var update = PreparedRows.Prepare(connection, transaction,
            "UPDATE members SET " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Credit, "$1", "$2") + " WHERE id = $0", 3);
        foreach (var member in touched)
        {
            await update.ExecuteAsync(member.Id, member.Credited, member.LastPurchase);
        }
    }

    /// <summary>The batch's receipts already credited, asked store by store so the receipt index answers (a program has few stores).</summary>
    private static async Task<HashSet<(string StoreId, string ReceiptId)>> CreditedAsync(DbConnection connection, DbTransaction transaction, string programId,
        IReadOnlyList<PurchaseRow> rows)
    {
        var credited = new HashSet<(string StoreId, string ReceiptId)>();
        foreach (var store in rows.GroupBy(r => r.StoreId))
        {
            var receipts = store.Select(r => r.ReceiptId).Distinct().ToList();
            var found = await connection.QueryAsync<string>(
                $"SELECT receipt_id FROM ledger_entries WHERE program_id = @programId AND store_id = @storeId AND kind = 'earn' AND {ImportLists.In(connection, "receipt_id", "@receipts")}",
                new { programId, storeId = store.Key, receipts = ImportLists.Of(connection, receipts) }, transaction);
            credited.UnionWith(found.Select(receipt => (store.Key, receipt)));
        }
        return credited;
    }

    /// <summary>The members a batch names, their rows locked on PostgreSQL so a till's earn waits rather than interleaving balances.</summary>
    private static async Task<Dictionary<string, Member>> MembersAsync(DbConnection connection, DbTransaction transaction, string programId, List<string> externalIds)
    {
        var lockRows = connection is NpgsqlConnection ? " FOR UPDATE" : "";
        var found = await connection.QueryAsync<Member>(
            $"""
            SELECT id AS Id, external_id AS ExternalId, points_balance AS Balance FROM members
            WHERE program_id = @programId AND {ImportLists.In(connection, "external_id", "@externalIds")} AND erased_at IS NULL{lockRows}
            """,
            new { programId, externalIds = ImportLists.Of(connection, externalIds) }, transaction);
        return found.ToDictionary(m => m.ExternalId);
    }

    /// <summary>The members whose tier and cards <see cref="ImportTiers"/> settles once the file is in.</summary>
    private static Task RememberTouchedAsync(DbConnection connection, DbTransaction transaction, long importId, List<Member> touched) =>
        connection.ExecuteAsync(
            $"""
            INSERT INTO import_touched_members (import_id, member_id)
            SELECT @importId, id FROM members WHERE {ImportLists.In(connection, "id", "@touched")}
            ON CONFLICT DO NOTHING
            """,
            new { importId, touched = ImportLists.Of(connection, touched.Select(m => m.Id).ToList()) }, transaction);

    private static string Clip(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private sealed record Entry(long MemberId, long Points, long BalanceAfter, PurchaseRow Row);

    private sealed class Member
    {
        public long Id { get; init; }
        public string ExternalId { get; init; } = "";
        public long Balance { get; set; }
        public long Credited { get; set; }
        public DateTimeOffset? LastPurchase { get; set; }
    }
}
