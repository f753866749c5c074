namespace WalletLoyalty.Imports;

/// <summary>What a file holds, and the columns its header may name (docs/import.md).</summary>
public static class ImportKind
{
    public const string Members = "members";
    public const string Purchases = "purchases";

    public static readonly IReadOnlyList<string> MemberColumns =
        ["external_id", "first_name", "last_name", "email", "phone", "birthday", "points", "tier", "joined_at", "marketing_consent"];

    public static readonly IReadOnlyList<string> PurchaseColumns =
        ["external_id", "receipt_id", "store_id", "amount_minor", "currency", "occurred_at", "categories"];

    public static IReadOnlyList<string>? ColumnsOf(string? kind) => kind switch
    {
        Members => MemberColumns,
        Purchases => PurchaseColumns,
        _ => null,
    };
}
