using System.Globalization;

namespace WalletLoyalty.Kpis;

/// <summary>
/// Reads a member's purchase digest (V0023: one record per purchase and per reversal, kept by a trigger) into their
/// tally, as a read of their earn entries would: purchases before <c>end</c>, at the store asked for, not reversed.
/// </summary>
public static class PurchaseDigest
{
    private const char RecordEnd = '\u001e';
    private const char FieldEnd = '\u001f';

    public static void AddTo(MemberTally member, ReadOnlySpan<char> digest, IReadOnlyList<KpiWindows> sets, string? store, long end)
    {
        var reversed = Reversed(digest);
        foreach (var range in digest.Split(RecordEnd))
        {
            var record = digest[range];
            if (record.Length == 0 || record[0] != 'e')
            {
                continue;
            }
            var fields = new Fields(record[1..]);
            var id = fields.Long();
            var ticks = fields.Ticks();
            var amount = fields.Long();
            var points = fields.Long();
            var storeId = fields.Next();
            var categories = fields.Next();
            if (ticks >= end || (store is not null && !storeId.SequenceEqual(store)) || (reversed is not null && reversed.Contains(id)))
            {
                continue;
            }
            member.Add(sets, ticks, amount, points, categories);
        }
    }

    /// <summary>The entries the digest's reversals name, or null when there are none (most members).</summary>
    private static HashSet<long>? Reversed(ReadOnlySpan<char> digest)
    {
        HashSet<long>? reversed = null;
        foreach (var range in digest.Split(RecordEnd))
        {
            var record = digest[range];
            if (record.Length > 1 && record[0] == 'r')
            {
                (reversed ??= []).Add(long.Parse(record[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
            }
        }
        return reversed;
    }

    private ref struct Fields(ReadOnlySpan<char> rest)
    {
        private ReadOnlySpan<char> _rest = rest;

        public ReadOnlySpan<char> Next()
        {
            var at = _rest.IndexOf(FieldEnd);
            var field = at < 0 ? _rest : _rest[..at];
            _rest = at < 0 ? [] : _rest[(at + 1)..];
            return field;
        }

        public long Long() => long.Parse(Next(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        /// <summary>PostgreSQL writes UTC ticks; SQLite its stored instant text.</summary>
        public long Ticks()
        {
            var field = Next();
            return field.Contains('T') ? InstantColumn.Ticks(field) : long.Parse(field, NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }
}
