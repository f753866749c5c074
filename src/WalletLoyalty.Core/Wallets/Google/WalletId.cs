namespace WalletLoyalty.Wallets.Google;

/// <summary>A class or object id, <c>issuerId.suffix</c>; the suffix uses only letters, digits, '.', '_' and '-'.</summary>
public sealed record WalletId
{
    private WalletId(string issuerId, string suffix)
    {
        IssuerId = issuerId;
        Suffix = suffix;
    }

    public string IssuerId { get; }

    public string Suffix { get; }

    public static WalletId Create(string issuerId, string suffix)
    {
        if (string.IsNullOrEmpty(issuerId) || !issuerId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"The issuer id must be Google's numeric issuer id, not '{issuerId}'.", nameof(issuerId));
        }

        if (!IsValidSuffix(suffix))
        {
            throw new ArgumentException(
                $"The id suffix '{suffix}' may use only A-Z, a-z, 0-9, '.', '_' and '-'.", nameof(suffix));
        }

        return new WalletId(issuerId, suffix);
    }

    public static bool IsValidSuffix(string? suffix) =>
        !string.IsNullOrEmpty(suffix) && suffix.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    public override string ToString() => IssuerId + "." + Suffix;
}
