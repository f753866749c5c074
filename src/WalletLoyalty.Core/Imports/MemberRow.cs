using System.Text.RegularExpressions;
using WalletLoyalty.Members;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Imports;

/// <summary>A member as a file gives them.</summary>
public sealed partial record MemberRow(
    long Line, string ExternalId, string? FirstName, string? LastName, string? Email, string? Phone, string? Birthday,
    long Points, string? Tier, DateTimeOffset? JoinedAt, bool MarketingConsent)
{
    public const int MaxExternalId = 100;
    public const long MaxPoints = 1_000_000_000;

    /// <summary>The row, or the reason its line is refused.</summary>
    public static (MemberRow? Row, string? Error) Read(ImportRecord record, LoyaltyProgram program, DateTimeOffset now)
    {
        var externalId = ImportFields.Text(record[0]);
        if (externalId is null)
        {
            return (null, "external_id is missing");
        }
        if (externalId.Length > MaxExternalId)
        {
            return (null, $"external_id is longer than {MaxExternalId} characters");
        }
        var email = ImportFields.Text(record[3]);
        if (email is not null && (email.Length > 254 || !EmailPattern().IsMatch(email)))
        {
            return (null, "email is not an e-mail address");
        }
        var phone = ImportFields.Text(record[4]);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            return (null, "phone is not a phone number (digits, spaces, +, -, parentheses; at most 32)");
        }
        string? birthday = null;
        if (record[5] is { } birthdayText && (birthday = ImportFields.Date(birthdayText)) is null)
        {
            return (null, "birthday is not a date in the form yyyy-MM-dd");
        }
        long points = 0;
        if (record[6] is { } pointsText)
        {
            if (ImportFields.Whole(pointsText, MaxPoints) is not { } read)
            {
                return (null, $"points is not a whole number from 0 to {MaxPoints}");
            }
            points = read;
        }
        var tier = ImportFields.Text(record[7]);
        if (tier is not null && program.Template.Tiers.All(t => t.Name != tier))
        {
            return (null, $"tier '{Clip(tier)}' is not a tier of this program ({string.Join(", ", program.Template.Tiers.Select(t => t.Name))})");
        }
        DateTimeOffset? joinedAt = null;
        if (record[8] is { } joinedText && (joinedAt = ImportFields.Instant(joinedText)) is null)
        {
            return (null, "joined_at is not an ISO 8601 time with an offset, e.g. 2024-03-01T09:30:00+01:00");
        }
        if (joinedAt > now)
        {
            return (null, "joined_at is in the future");
        }
        var consent = false;
        if (record[9] is { } consentText)
        {
            if (ImportFields.Boolean(consentText) is not { } read)
            {
                return (null, "marketing_consent is not true or false");
            }
            consent = read;
        }
        var firstName = ImportFields.Text(record[1]) is { } first ? MemberNames.Clean(first, "") : null;
        var lastName = ImportFields.Text(record[2]) is { } last ? MemberNames.Clean(last, "") : null;
        return (new MemberRow(record.Line, externalId, firstName, lastName, email, phone, birthday, points, tier, joinedAt, consent), null);
    }

    private static string Clip(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{3,32}\z")]
    private static partial Regex PhonePattern();
}
