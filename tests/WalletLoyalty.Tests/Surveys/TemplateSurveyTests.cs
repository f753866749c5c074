using WalletLoyalty.Programs;
using WalletLoyalty.Surveys;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Surveys;

/// <summary>The survey a template configures: off without it, checked pieces, its own field key, and the round an answer falls in.</summary>
public sealed class TemplateSurveyTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static IReadOnlyList<string> Validate(Action<ProgramTemplate> change)
    {
        var demo = SamplePasses.Demo();
        var copy = System.Text.Json.JsonSerializer.Deserialize<ProgramTemplate>(System.Text.Json.JsonSerializer.Serialize(demo.Template))!;
        copy.Translations = new ProgramTranslations();
        change(copy);
        return TemplateValidator.Validate("demo", copy, demo.Images);
    }

    [Fact]
    public void TheDemoProgramAsksEveryQuarterForTenPointsInEveryShopperLanguage()
    {
        var survey = SamplePasses.Demo().Template.Survey!;

        Assert.Equal((SurveyRules.Quarterly, 10L), (survey.Round, survey.Points));
        Assert.Equal("Wie machen wir uns?", SamplePasses.Demo().Template.Translations.Text(survey.LinkLabel, "de"));
    }

    [Fact]
    public void AValidSurveyAndNoSurveyAtAllAreBothFine()
    {
        Assert.Empty(Validate(t => t.Survey = new SurveyRules { Round = "2027-spring", Points = 0 }));
        Assert.Empty(Validate(t => t.Survey = null));
    }

    [Theory]
    [InlineData("", "Rate us", "quarter", 0, "survey.question is required")]
    [InlineData("How likely?", "", "quarter", 0, "survey.linkLabel is required")]
    [InlineData("How likely?", "Rate us", "Spring 2027", 0, "survey.round must be")]
    [InlineData("How likely?", "Rate us", "2026-Q4", 0, "survey.round must be")]
    [InlineData("How likely?", "Rate us", "quarter", -5, "survey.points must be between 0 and 100000")]
    public void ASurveyPieceOutOfRangeIsRefusedAtStart(string question, string label, string round, long points, string message)
    {
        var errors = Validate(t => t.Survey = new SurveyRules { Question = question, LinkLabel = label, Round = round, Points = points });

        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void AStoreCardFieldMayNotTakeTheSurveyLinksKey()
    {
        var errors = Validate(t => t.StoreCard.Fields.Add(new PassFieldTemplate { Area = "back", Key = "survey", Label = "Mine", Value = "x" }));

        Assert.Contains(errors, e => e.Contains("the field key 'survey' is the survey link's own", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-03-31T21:59:59Z", "2026-Q1")] // 23:59:59 on 31 March in Berlin
    [InlineData("2026-03-31T22:00:00Z", "2026-Q2")] // midnight of 1 April in Berlin, still 31 March in UTC
    [InlineData("2026-12-31T22:59:59Z", "2026-Q4")]
    [InlineData("2026-12-31T23:00:00Z", "2027-Q1")]
    public void AQuarterlyRoundTurnsAtLocalMidnightOfTheQuarter(string instant, string round) =>
        Assert.Equal(round, SurveyRound.At(new SurveyRules(), Berlin, DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ANamedRoundIsTheSameWhateverTheDate() =>
        Assert.Equal("2027-spring", SurveyRound.At(new SurveyRules { Round = "2027-spring" }, Berlin, DateTimeOffset.UnixEpoch));
}
