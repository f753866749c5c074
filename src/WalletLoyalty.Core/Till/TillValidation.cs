using System.Text.RegularExpressions;

namespace WalletLoyalty.Till;

public static partial class TillValidation
{
    public static TillAnswer? Earn(TillContext till, EarnRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return TillAnswer.Invalid("invalid", "Card code missing", "code is required: the scanned card code or member number.");
        }
        if (request.AmountMinor is not (> 0 and <= EarnOperation.MaxAmountMinor))
        {
            return TillAnswer.Invalid("invalid", "Amount out of range", $"amountMinor must be a whole number of minor units between 1 and {EarnOperation.MaxAmountMinor}.");
        }
        if (request.Currency != till.Program.Template.Currency)
        {
            return TillAnswer.Invalid("currency-mismatch", "Wrong currency", $"This program earns in {till.Program.Template.Currency}, not '{request.Currency}'.");
        }
        if (request.StoreId is not null && request.StoreId != till.StoreId)
        {
            return TillAnswer.Forbidden($"This key belongs to store '{till.StoreId}', not '{request.StoreId}'.");
        }
        if (PurchaseCategories.Problem(request.Categories) is { } categories)
        {
            return TillAnswer.Invalid("invalid", "Categories invalid", categories);
        }
        return Receipt(request.ReceiptId);
    }

    public static TillAnswer? Receipt(string? receiptId) =>
        receiptId is not null && ReceiptPattern().IsMatch(receiptId)
            ? null
            : TillAnswer.Invalid("invalid", "Receipt id invalid", "receiptId is required: 1 to 64 letters, digits, '-', '_', '/', '.' or '#'.");

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_./#-]{0,63}\z")]
    private static partial Regex ReceiptPattern();
}
