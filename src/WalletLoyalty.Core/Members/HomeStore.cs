namespace WalletLoyalty.Members;

/// <summary>
/// A member's home store: where the till scanned them most (the latest scan breaks a tie); before their
/// first scan, the store whose id is their flyer source (a store's own flyers can be named after it).
/// </summary>
public static class HomeStore
{
    /// <summary>A scalar SQL expression for the home store of the member whose id is in <paramref name="memberId"/> (a column or parameter).</summary>
    public static string Of(string memberId) =>
        $"""
        COALESCE(
            (SELECT l.store_id FROM ledger_entries l WHERE l.member_id = {memberId} AND l.store_id IS NOT NULL
             GROUP BY l.store_id ORDER BY COUNT(*) DESC, MAX(l.id) DESC LIMIT 1),
            (SELECT s.id FROM members hm JOIN stores s ON s.program_id = hm.program_id AND s.id = hm.source WHERE hm.id = {memberId}))
        """;
}
