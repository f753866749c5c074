using WalletLoyalty.Programs;
using WalletLoyalty.Till;

namespace WalletLoyalty.Imports;

/// <summary>A purchase as a file gives it: which member, where, how much and when.</summary>
public sealed record PurchaseRow(long Line, string ExternalId, string ReceiptId, string StoreId, long AmountMinor, string Currency, DateTimeOffset OccurredAt, string? Categories)
{
    public const int MaxCategories = 20;
    public const int MaxCategoryLength = 40;

    /// <summary>The row, or the reason its line is refused.</summary>
    public static (PurchaseRow? Row, string? Error) Read(ImportRecord record, LoyaltyProgram program, DateTimeOffset now)
    {
        var externalId = ImportFields.Text(record[0]);
        if (externalId is null)
        {
            return (null, "external_id is missing");
        }
        var receiptId = record[1]?.Trim();
        if (receiptId is null || TillValidation.Receipt(receiptId) is not null)
        {
            return (null, "receipt_id is missing or not 1 to 64 letters, digits, '-', '_', '/', '.' or '#'");
        }
        var storeId = record[2]?.Trim();
        if (storeId is null)
        {
            return (null, "store_id is missing");
        }
        if (program.Store(storeId) is null)
        {
            return (null, $"store_id '{(storeId.Length > 40 ? storeId[..40] + "…" : storeId)}' is not a store of this program");
        }
        if (record[3] is not { } amountText || ImportFields.Whole(amountText, EarnOperation.MaxAmountMinor) is not (> 0 and var amount))
        {
            return (null, $"amount_minor is not a whole number of minor units from 1 to {EarnOperation.MaxAmountMinor}");
        }
        var currency = record[4]?.Trim() ?? program.Template.Currency;
        if (currency != program.Template.Currency)
        {
            return (null, $"currency must be {program.Template.Currency}, the program's currency");
        }
        if (record[5] is not { } occurredText || ImportFields.Instant(occurredText) is not { } occurredAt)
        {
            return (null, "occurred_at is missing or not an ISO 8601 time with an offset, e.g. 2024-03-01T09:30:00+01:00");
        }
        if (occurredAt > now)
        {
            return (null, "occurred_at is in the future");
        }
        string? categories = null;
        if (record[6] is { } categoriesText)
        {
            var list = categoriesText.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (list.Length > MaxCategories || list.Any(c => c.Length > MaxCategoryLength || c.Any(char.IsControl)))
            {
                return (null, $"categories: at most {MaxCategories}, separated by ';', each at most {MaxCategoryLength} characters");
            }
            categories = PurchaseCategories.Stored(list);
        }
        return (new PurchaseRow(record.Line, externalId, receiptId, storeId, amount, currency, occurredAt, categories), null);
    }
}
