using System.Globalization;
using System.Text.RegularExpressions;
using WalletLoyalty.Members;

namespace WalletLoyalty.MemberCare;

/// <summary>What staff may write into a profile, the same rules an import applies; each failure names its field.</summary>
public static partial class MemberProfileRules
{
    public const int MaxExternalId = 100;

    /// <summary>The change with names cleaned, or the fields refused and why.</summary>
    public static (MemberProfileChange Change, Dictionary<string, string[]> Errors) Check(MemberProfileChange typed, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var firstName = Name(typed.FirstName, "firstName", errors);
        var lastName = Name(typed.LastName, "lastName", errors);
        var email = typed.Email?.Trim();
        if (email is { Length: > 0 } && (email.Length > 254 || !EmailPattern().IsMatch(email)))
        {
            errors["email"] = ["must be an e-mail address such as ana@example.com; \"\" clears it"];
        }
        var phone = typed.Phone?.Trim();
        if (phone is { Length: > 0 } && !PhonePattern().IsMatch(phone))
        {
            errors["phone"] = ["must be a phone number: digits, spaces, +, -, parentheses, at most 32; \"\" clears it"];
        }
        if (typed.Birthday is { Length: > 0 } birthday
            && !(DateOnly.TryParseExact(birthday, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                 && date.Year >= 1900 && date <= DateOnly.FromDateTime(now.UtcDateTime)))
        {
            errors["birthday"] = ["must be a date such as 1990-05-17, not in the future; \"\" clears it"];
        }
        var externalId = typed.ExternalId?.Trim();
        if (externalId is { Length: > 0 } && (externalId.Length > MaxExternalId || externalId.Any(char.IsControl)))
        {
            errors["externalId"] = [$"must be at most {MaxExternalId} printable characters; \"\" clears it"];
        }
        return (typed with { FirstName = firstName, LastName = lastName, Email = email, Phone = phone, ExternalId = externalId }, errors);
    }

    private static string? Name(string? typed, string field, Dictionary<string, string[]> errors)
    {
        if (typed is not { Length: > 0 })
        {
            return typed;
        }
        var cleaned = MemberNames.Clean(typed, "");
        if (cleaned.Length == 0)
        {
            errors[field] = ["must contain letters; \"\" clears it"];
        }
        return cleaned;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{3,32}\z")]
    private static partial Regex PhonePattern();
}
