using WalletLoyalty.Campaigns;
using WalletLoyalty.Members;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.Join;

/// <summary>
/// What the landing page's fields put on a wallet link (wallet-links.js): the name, the optional details and the
/// consent box, which counts only when ticked. The page checks the details first; a link that still carries one
/// the server cannot read gets the page again, with what was typed and the fields to fix.
/// </summary>
public sealed record JoinForm(string? Name, string? Email, string? Phone, string? Birthday, bool MarketingConsent)
{
    public const string ConsentName = "marketingConsent";

    public static readonly JoinForm Empty = new(null, null, null, null, false);

    public static JoinForm From(HttpRequest request)
    {
        var query = request.Query;
        string? consent = query[ConsentName];
        return new JoinForm(query["name"], query["email"], query["phone"], query["birthday"],
            consent is not null && (consent.Equals("true", StringComparison.OrdinalIgnoreCase) || consent == "on"));
    }

    /// <summary>The answers to enrol with, or the problems to show on the page again.</summary>
    public (JoinAnswers? Answers, ContactProblems Problems) Read(LoyaltyProgram program, DateTimeOffset now)
    {
        var (details, problems) = ContactRules.Read(Email, Phone, Birthday, LocalTimes.Today(now, program.TimeZone));
        return problems.Any ? (null, problems) : (new JoinAnswers(details, MarketingConsent), problems);
    }
}
