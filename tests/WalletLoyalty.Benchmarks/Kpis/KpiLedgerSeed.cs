using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using WalletLoyalty.Data;
using WalletLoyalty.Imports;

namespace WalletLoyalty.Benchmarks.Kpis;

/// <summary>
/// A program with a past: members who joined over three years through four flyers (or none), in three tiers, and
/// their ledger over the last two years at two stores: purchases (most with categories, one in a hundred refunded)
/// and redemptions. Written in bulk, COPY on PostgreSQL and one prepared statement per row on SQLite, with every
/// balance the sum of its member's entries. Seeded from a fixed number, so every run writes the same ledger.
/// </summary>
public static class KpiLedgerSeed
{
    private static readonly string?[] Sources = ["flyer-spring", "flyer-summer", "flyer-station", "flyer-web", null];
    private static readonly string[] Tiers = ["Bronze", "Bronze", "Bronze", "Silver", "Gold"];
    private static readonly string?[] Categories = [null, "bread", "coffee", "cake", "bread;coffee", "sandwich", "bread;cake;coffee"];
    private static readonly string[] Stores = ["maple-street", "station"];

    /// <summary>The server maintains the ledger's indexes while the COPY completes: far longer than a statement's 30 s on a busy machine.</summary>
    private static readonly TimeSpan CopyTimeout = TimeSpan.FromMinutes(15);

    public sealed record Entry(long Id, long MemberId, string Kind, long Points, long? AmountMinor, string? StoreId, string? ReceiptId, long? Reverses,
        DateTimeOffset OccurredAt, string? Categories);

    public sealed record Member(long Id, string? Source, string Tier, DateTimeOffset JoinedAt, long Balance);

    public static (IReadOnlyList<Member> Members, IReadOnlyList<Entry> Entries) Make(int members, int entries, DateTimeOffset now)
    {
        var random = new Random(20261203);
        var joined = Enumerable.Range(0, members).Select(_ => now.AddSeconds(-random.NextDouble() * 3 * 365 * 86400)).ToArray();
        var balances = new long[members];
        var list = new List<Entry>(entries);
        var span = 2 * 365 * 86400.0;
        while (list.Count < entries)
        {
            var m = random.Next(members);
            var at = now.AddSeconds(-random.NextDouble() * span);
            var id = list.Count + 1L;
            if (random.Next(100) < 3 && balances[m] >= 30)
            {
                balances[m] -= 30;
                list.Add(new Entry(id, m + 1, "redeem", -30, null, Stores[random.Next(2)], null, null, at, null));
                continue;
            }
            var amount = 200 + random.Next(4800);
            var store = Stores[random.Next(2)];
            list.Add(new Entry(id, m + 1, "earn", amount / 100, amount, store, $"B-{id}", null, at, Categories[random.Next(Categories.Length)]));
            balances[m] += amount / 100;
            if (random.Next(100) == 0 && list.Count < entries)
            {
                balances[m] -= amount / 100;
                list.Add(new Entry(id + 1, m + 1, "reverse", -(amount / 100), null, store, $"B-{id}", id, at.AddHours(1), null));
            }
        }
        var seeded = Enumerable.Range(0, members)
            .Select(i => new Member(i + 1, Sources[random.Next(Sources.Length)], Tiers[random.Next(Tiers.Length)], joined[i], balances[i]))
            .ToList();
        return (seeded, list);
    }

    public static async Task WriteAsync(IDatabase database, IReadOnlyList<Member> members, IReadOnlyList<Entry> entries)
    {
        await using var connection = await database.OpenAsync();
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, members, entries);
            return;
        }
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var insert = PreparedRows.Prepare(connection, transaction,
            "INSERT INTO members (id, program_id, member_code, member_number, display_name, source, points_balance, tier, joined_at) VALUES ($0, 'demo', $1, $2, $3, $4, $5, $6, $7)", 8))
        {
            foreach (var m in members)
            {
                await insert.ExecuteAsync(m.Id, $"MK{m.Id:D24}", $"8{m.Id:D9}", $"Member {m.Id}", m.Source, m.Balance, m.Tier, m.JoinedAt);
            }
        }
        await using (var insert = PreparedRows.Prepare(connection, transaction,
            """
            INSERT INTO ledger_entries (id, program_id, member_id, kind, points, balance_after, amount_minor, currency, store_id, receipt_id, reverses_entry_id, occurred_at, categories)
            VALUES ($0, 'demo', $1, $2, $3, 0, $4, $5, $6, $7, $8, $9, $10)
            """, 11))
        {
            foreach (var e in entries)
            {
                await insert.ExecuteAsync(e.Id, e.MemberId, e.Kind, e.Points, e.AmountMinor, e.AmountMinor is null ? null : "EUR", e.StoreId, e.ReceiptId, e.Reverses, e.OccurredAt, e.Categories);
            }
        }
        await transaction.CommitAsync();
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<Member> members, IReadOnlyList<Entry> entries)
    {
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY members (id, program_id, member_code, member_number, display_name, source, points_balance, tier, joined_at) FROM STDIN (FORMAT BINARY)"))
        {
            copy.Timeout = CopyTimeout;
            foreach (var m in members)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(m.Id, NpgsqlDbType.Bigint);
                await copy.WriteAsync("demo", NpgsqlDbType.Text);
                await copy.WriteAsync($"MK{m.Id:D24}", NpgsqlDbType.Text);
                await copy.WriteAsync($"8{m.Id:D9}", NpgsqlDbType.Text);
                await copy.WriteAsync($"Member {m.Id}", NpgsqlDbType.Text);
                await Nullable(copy, m.Source, NpgsqlDbType.Text);
                await copy.WriteAsync(m.Balance, NpgsqlDbType.Bigint);
                await copy.WriteAsync(m.Tier, NpgsqlDbType.Text);
                await copy.WriteAsync(m.JoinedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY ledger_entries (id, program_id, member_id, kind, points, balance_after, amount_minor, currency, store_id, receipt_id, reverses_entry_id, occurred_at, categories) FROM STDIN (FORMAT BINARY)"))
        {
            copy.Timeout = CopyTimeout;
            foreach (var e in entries)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(e.Id, NpgsqlDbType.Bigint);
                await copy.WriteAsync("demo", NpgsqlDbType.Text);
                await copy.WriteAsync(e.MemberId, NpgsqlDbType.Bigint);
                await copy.WriteAsync(e.Kind, NpgsqlDbType.Text);
                await copy.WriteAsync(e.Points, NpgsqlDbType.Bigint);
                await copy.WriteAsync(0L, NpgsqlDbType.Bigint);
                await Nullable(copy, e.AmountMinor, NpgsqlDbType.Bigint);
                await Nullable(copy, e.AmountMinor is null ? null : "EUR", NpgsqlDbType.Text);
                await Nullable(copy, e.StoreId, NpgsqlDbType.Text);
                await Nullable(copy, e.ReceiptId, NpgsqlDbType.Text);
                await Nullable(copy, e.Reverses, NpgsqlDbType.Bigint);
                await copy.WriteAsync(e.OccurredAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                await Nullable(copy, e.Categories, NpgsqlDbType.Text);
            }
            await copy.CompleteAsync();
        }
    }

    private static Task Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);
}
