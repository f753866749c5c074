using System.Data.Common;
using System.Globalization;
using WalletLoyalty.Languages;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.PointsExpiry;

/// <summary>
/// The store card's back field that says which points expire when ("Points expiring: 40 points on 31 Jan 2027"), in the
/// member's language and the program's time zone. From the reminder on it shows the reminder's text with the change
/// message "%@", so the update that records the reminder is announced on the lock screen; other changes stay silent.
/// </summary>
public static class ExpiryField
{
    /// <summary>Reads the member's next expiry into a store card of a program whose points expire.</summary>
    public static async Task LoadAsync(DbConnection connection, PassView? pass, ProgramCatalog programs)
    {
        if (pass is { PassKind: PassKind.StoreCard, Voided: false } && programs.Find(pass.ProgramId) is { Template.Mechanics.PointsExpiry: { } rules } program)
        {
            pass.ExpiringPoints = await ExpiringPoints.NextAsync(connection, null, pass.MemberId, rules, program.TimeZone);
        }
    }

    /// <summary>The back field, or null when the program's points do not expire or the member has none left.</summary>
    public static PassFieldTemplate? For(LoyaltyProgram program, ExpiringPoints? expiring, string? language) =>
        program.Template.Mechanics.PointsExpiry is { } rules && expiring is not null
            ? new PassFieldTemplate
            {
                Area = "back", Key = PointsExpiryRules.FieldKey, Label = rules.Label,
                Value = Value(program, rules, expiring, language),
                ChangeMessage = expiring.Reminded ? "%@" : null,
            }
            : null;

    /// <summary>The field's value in every language the template translates it into, English first (Google's localized body).</summary>
    public static IEnumerable<(string Language, string Text)> Values(LoyaltyProgram program, PointsExpiryRules rules, ExpiringPoints expiring) =>
        program.Template.Translations.All(TextOf(rules, expiring)).Select(t => (t.Language, Fill(t.Text, expiring, program, t.Language)));

    private static string Value(LoyaltyProgram program, PointsExpiryRules rules, ExpiringPoints expiring, string? language) =>
        Fill(program.Template.Translations.Text(TextOf(rules, expiring), language), expiring, program, language);

    private static string TextOf(PointsExpiryRules rules, ExpiringPoints expiring) => expiring.Reminded ? rules.ReminderMessage : rules.Text;

    private static string Fill(string text, ExpiringPoints expiring, LoyaltyProgram program, string? language) =>
        text.Replace(PointsExpiryRules.PointsPlaceholder, expiring.Points.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(PointsExpiryRules.DatePlaceholder, ShopperLanguage.Date(TimeZoneInfo.ConvertTime(expiring.ExpiresAt, program.TimeZone), language), StringComparison.Ordinal);
}
