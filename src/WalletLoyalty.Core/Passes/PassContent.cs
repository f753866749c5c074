using WalletLoyalty.Programs;

namespace WalletLoyalty.Passes;

/// <summary>Everything that goes on one pass, whatever the wallet. Wallet writers turn it into their format.</summary>
public sealed record PassContent
{
    public required LoyaltyProgram Program { get; init; }
    public required PassKind Kind { get; init; }
    public required string SerialNumber { get; init; }
    public required string AuthenticationToken { get; init; }
    public required string WebServiceUrl { get; init; }

    /// <summary>What the till's scanner reads.</summary>
    public required string BarcodeMessage { get; init; }

    /// <summary>Printed under the barcode so a cashier can type it.</summary>
    public required string BarcodeText { get; init; }

    /// <summary>Placeholder values such as {points} and {memberName}.</summary>
    public required IReadOnlyDictionary<string, PassValue> Values { get; init; }

    public bool Voided { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Places where the wallet suggests the pass on the lock screen (at most 10), within MaxDistance metres.</summary>
    public IReadOnlyList<PassLocation> Locations { get; init; } = [];
    public int? MaxDistance { get; init; }

    /// <summary>The store card's link to the member's consent page (back field and Google link); null on coupons and without a public address.</summary>
    public string? ConsentUrl { get; init; }

    /// <summary>The store card's link to the member's survey page, when the program runs a survey; null otherwise.</summary>
    public string? SurveyUrl { get; init; }

    /// <summary>The store card's link to the member's referral page, when the program runs referrals; null otherwise.</summary>
    public string? ReferralUrl { get; init; }

    /// <summary>The store card's back field with the member's next points to expire, when the program's points expire; null otherwise.</summary>
    public PassFieldTemplate? ExpiryField { get; init; }
}

public sealed record PassLocation(double Latitude, double Longitude, string RelevantText);

/// <summary>A placeholder's value: numbers stay numbers so Wallet formats them and changeMessage shows them.</summary>
public readonly record struct PassValue(string Text, long? Number = null)
{
    public static implicit operator PassValue(string text) => new(text);

    public static PassValue Of(long number) => new(number.ToString(System.Globalization.CultureInfo.InvariantCulture), number);
}
