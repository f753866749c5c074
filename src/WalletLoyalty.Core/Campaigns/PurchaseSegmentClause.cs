using Dapper;

namespace WalletLoyalty.Campaigns;

/// <summary>The audience condition of a <see cref="PurchaseSegment"/>: one aggregate over the program's purchases in the window.</summary>
public static class PurchaseSegmentClause
{
    public static string Build(PurchaseSegment segment, DateTimeOffset now, DynamicParameters parameters)
    {
        parameters.Add("segmentSince", now.AddDays(-segment.Days));
        parameters.Add("segmentMinPurchases", segment.MinPurchases ?? 1);
        parameters.Add("segmentMinSpent", segment.MinSpentMinor ?? 0);
        var category = "";
        if (segment.Category?.Trim() is { Length: > 0 } name)
        {
            // Categories are stored distinct and ';'-separated; framed in ';' on both sides, a whole category is
            // found by replace(), which compares exactly (ordinal) on both engines where LIKE does not.
            category = "\n      AND replace(';' || l.categories || ';', @segmentCategory, '') <> ';' || l.categories || ';'";
            parameters.Add("segmentCategory", ";" + name + ";");
        }
        // A purchase a refund reversed (wholly or in part) counts as none, as in the KPIs (docs/kpis.md).
        return $"""
            m.id IN (
                SELECT l.member_id FROM ledger_entries l
                WHERE l.program_id = @programId AND l.kind = 'earn' AND l.occurred_at >= @segmentSince{category}
                  AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = l.id AND r.kind = 'reverse')
                GROUP BY l.member_id
                HAVING COUNT(*) >= @segmentMinPurchases AND COALESCE(SUM(l.amount_minor), 0) >= @segmentMinSpent)
            """;
    }
}
