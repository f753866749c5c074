using System.Globalization;
using System.Text.RegularExpressions;

namespace WalletLoyalty.Members;

/// <summary>What a shopper may add when joining: an e-mail address, a phone number and a birthday, all optional.</summary>
public sealed record ContactDetails(string? Email, string? Phone, string? Birthday)
{
    public static readonly ContactDetails None = new(null, null, null);
}

/// <summary>Which of the typed details could not be read; the page names each.</summary>
public sealed record ContactProblems(bool Email, bool Phone, bool Birthday)
{
    public bool Any => Email || Phone || Birthday;
}

public static partial class ContactRules
{
    public const int MaxEmailLength = 254;
    public const int MinPhoneDigits = 6;

    /// <summary>
    /// Reads what was typed (blank means not given): an e-mail address, a phone number of digits, spaces, +, -
    /// and parentheses with at least <see cref="MinPhoneDigits"/> digits, and a birthday as yyyy-MM-dd between
    /// 1900 and today in the program's time zone.
    /// </summary>
    public static (ContactDetails Details, ContactProblems Problems) Read(string? email, string? phone, string? birthday, DateOnly today)
    {
        var typedEmail = Blank(email);
        var typedPhone = Blank(phone);
        var typedBirthday = Blank(birthday);
        var badEmail = typedEmail is not null && (typedEmail.Length > MaxEmailLength || !EmailPattern().IsMatch(typedEmail));
        var badPhone = typedPhone is not null && (!PhonePattern().IsMatch(typedPhone) || PhoneDigits.Of(typedPhone).Length < MinPhoneDigits);
        var badBirthday = typedBirthday is not null && !IsBirthday(typedBirthday, today);
        return (new ContactDetails(typedEmail, typedPhone, typedBirthday), new ContactProblems(badEmail, badPhone, badBirthday));
    }

    private static bool IsBirthday(string text, DateOnly today) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year >= 1900 && date <= today;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{3,32}\z")]
    private static partial Regex PhonePattern();
}
