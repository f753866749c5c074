namespace WalletLoyalty.Programs;

/// <summary>The contents of templates/&lt;program&gt;/program.json.</summary>
public sealed class ProgramTemplate
{
    public string Name { get; set; } = "";
    public string OrganizationName { get; set; } = "";
    public string Currency { get; set; } = "EUR";
    public string TimeZone { get; set; } = "UTC";
    public PassColors Colors { get; set; } = new();
    public LandingText Landing { get; set; } = new();
    public PassDesign StoreCard { get; set; } = new();
    public PassDesign Coupon { get; set; } = new();
    public EarningRule Earning { get; set; } = new();
    public List<RewardTemplate> Rewards { get; set; } = [];
    public List<TierRule> Tiers { get; set; } = [];
    public List<StoreTemplate> Stores { get; set; } = [];
    public CampaignRules Campaigns { get; set; } = new();
    public ConsentText Consent { get; set; } = new();

    /// <summary>The Net Promoter survey; null: the program runs none.</summary>
    public Surveys.SurveyRules? Survey { get; set; }

    /// <summary>The mechanics read from mechanics.json beside program.json; empty (all off) without that file.</summary>
    public ProgramMechanics Mechanics { get; set; } = new();

    /// <summary>The template's texts in other languages; see <see cref="ProgramTranslations"/>.</summary>
    public ProgramTranslations Translations { get; set; } = new();
}

/// <summary>
/// The marketing consent a shopper is asked for on joining and may change from the back of the card. The version
/// is stored with every answer, so the shop can show which wording a member agreed to; change it with the text.
/// </summary>
public sealed class ConsentText
{
    public string Version { get; set; } = "1";
    public string Text { get; set; } = "Yes, send me offers and news on my card and phone. I can change this at any time from the back of my card.";

    /// <summary>The label of the link on the back of the card that opens the member's consent page.</summary>
    public string LinkLabel { get; set; } = "Offers and messages";
}

/// <summary>How often and when campaigns may reach a member of the program.</summary>
public sealed class CampaignRules
{
    /// <summary>At most this many campaign messages per member in any 7 days (every channel of one campaign counts once).</summary>
    public int MaxPerMemberPerWeek { get; set; } = 3;

    /// <summary>Local times between which nothing is sent; sending waits for the end. Null: no quiet hours.</summary>
    public QuietHoursRule? QuietHours { get; set; } = new();
}

public sealed class QuietHoursRule
{
    public string From { get; set; } = "21:00";
    public string To { get; set; } = "08:00";

    public bool TryRead(out TimeOnly from, out TimeOnly to) =>
        Read(From, out from) & Read(To, out to) && from != to;

    private static bool Read(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out time);
}

public sealed class PassColors
{
    public string Background { get; set; } = "rgb(255, 255, 255)";
    public string Foreground { get; set; } = "rgb(0, 0, 0)";
    public string Label { get; set; } = "rgb(90, 90, 90)";
}

public sealed class LandingText
{
    public string Headline { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class PassDesign
{
    public string Description { get; set; } = "";
    public string LogoText { get; set; } = "";
    public List<PassFieldTemplate> Fields { get; set; } = [];
}

public sealed class PassFieldTemplate
{
    public string Area { get; set; } = "";
    public string Key { get; set; } = "";
    public string? Label { get; set; }
    public string Value { get; set; } = "";
    public string? ChangeMessage { get; set; }
    public string? TextAlignment { get; set; }
}

public sealed class TierRule
{
    public string Name { get; set; } = "";
    public long MinPoints { get; set; }
}

public sealed class StoreTemplate
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}

/// <summary>Points for a purchase: PointsPerUnit for every whole UnitMinor spent, rounded down.</summary>
public sealed class EarningRule
{
    public long PointsPerUnit { get; set; } = 1;
    public long UnitMinor { get; set; } = 100;

    public long PointsFor(long amountMinor) => checked(amountMinor / UnitMinor * PointsPerUnit);
}

public sealed class RewardTemplate
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public long Points { get; set; }
    public long? ValueMinor { get; set; }
}
