using WalletLoyalty.Configuration;
using WalletLoyalty.PointsExpiry;
using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.PointsExpiry;

/// <summary>mechanics.json's pointsExpiry: checked at start, and a program without it never shows an expiry.</summary>
public sealed class TemplatePointsExpiryTests
{
    [Fact]
    public void TheDemosPointsExpireAfterTwelveMonthsWithAReminderFourteenDaysBefore()
    {
        var rules = ProgramCatalog.Load(RepositoryPaths.Templates).Find("demo")!.Template.Mechanics.PointsExpiry!;

        Assert.Equal((12, 14), (rules.Months, rules.ReminderDays));
    }

    [Fact]
    public void AProgramWithoutTheSectionHasNoExpiryFieldWhateverTheLedger()
    {
        using var folder = new TemplateFolder(withMechanics: false);
        var program = ProgramCatalog.Load(folder.Templates).Find("demo")!;

        Assert.Null(program.Template.Mechanics.PointsExpiry);
        Assert.Null(ExpiryField.For(program, new ExpiringPoints(40, DateTimeOffset.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow), true), "en"));
    }

    [Theory]
    [InlineData("""{ "pointsExpiry": { "months": 0 } }""", "mechanics.pointsExpiry.months must be between 1 and 120")]
    [InlineData("""{ "pointsExpiry": { "reminderDays": 91 } }""", "mechanics.pointsExpiry.reminderDays must be between 0 and 90")]
    [InlineData("""{ "pointsExpiry": { "text": "{points} points soon" } }""", "mechanics.pointsExpiry.text is required (at most 200 characters) and must contain {points} and {date}")]
    [InlineData("""{ "pointsExpiry": { "reminderMessage": "{points} points on {date}" } }""", "mechanics.pointsExpiry.reminderMessage must differ from text")]
    [InlineData("""{ "pointsExpiry": { "label": "" } }""", "mechanics.pointsExpiry.label is required")]
    public void ABadSectionIsRefusedAtStartSayingWhatToFix(string mechanics, string message)
    {
        using var folder = new TemplateFolder();
        folder.Write("mechanics.json", mechanics);

        var problem = Assert.Throws<ConfigurationProblemException>(() => ProgramCatalog.Load(folder.Templates));

        Assert.Contains(problem.Problems, p => p.StartsWith("templates/demo: " + message, StringComparison.Ordinal));
    }

    [Fact]
    public void ATranslationThatDropsTheDateIsRefused()
    {
        using var folder = new TemplateFolder();
        var german = Path.Combine(folder.Demo, "translations", "de.json");
        File.WriteAllText(german, File.ReadAllText(german).Replace("\"{points} Punkte am {date}\"", "\"{points} Punkte bald\"", StringComparison.Ordinal));

        var problem = Assert.Throws<ConfigurationProblemException>(() => ProgramCatalog.Load(folder.Templates));

        Assert.Contains(problem.Problems, p => p.Contains("translations.de: the translation of \"{points} points on {date}\" must keep {points} and {date}", StringComparison.Ordinal));
    }

    [Fact]
    public void TheStoreCardCannotUseTheExpiryFieldsKey()
    {
        using var folder = new TemplateFolder();
        var program = Path.Combine(folder.Demo, "program.json");
        File.WriteAllText(program, File.ReadAllText(program).Replace("\"key\": \"how\"", "\"key\": \"expiry\"", StringComparison.Ordinal));

        var problem = Assert.Throws<ConfigurationProblemException>(() => ProgramCatalog.Load(folder.Templates));

        Assert.Contains(problem.Problems, p => p.Contains("storeCard: the field key 'expiry' is the points expiry's own", StringComparison.Ordinal));
    }
}
