namespace WalletLoyalty.Surveys;

/// <summary>
/// The program's Net Promoter survey (the template's <c>survey</c> section; none without it): the question, the label of
/// the link on the back of the card, the round answers are counted in, and the points an answer earns.
/// </summary>
public sealed class SurveyRules
{
    /// <summary>The round that changes every calendar quarter in the program's time zone (2026-Q4).</summary>
    public const string Quarterly = "quarter";

    public string Question { get; set; } = "How likely are you to recommend us to a friend?";

    /// <summary>The label of the link on the back of the card that opens the survey page.</summary>
    public string LinkLabel { get; set; } = "Rate us";

    /// <summary><see cref="Quarterly"/>, or the name of a round the marketer opens by naming it (a new name opens a new round).</summary>
    public string Round { get; set; } = Quarterly;

    /// <summary>Points credited for the first answer of a round (ledger kind survey); 0 for none.</summary>
    public long Points { get; set; }
}
