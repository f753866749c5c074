using WalletLoyalty.Security;

namespace WalletLoyalty.Surveys;

/// <summary>The link on the back of a store card to the member's survey page, keyed like the consent link (<see cref="CardLinkKey"/>).</summary>
public static class SurveyLinks
{
    public const string PathPrefix = "/members/survey/";
    private const string Purpose = "survey-link";

    public static string Path(string serialNumber, string authenticationToken) =>
        PathPrefix + Uri.EscapeDataString(serialNumber) + "/" + CardLinkKey.Of(Purpose, serialNumber, authenticationToken);

    public static bool IsKeyOf(string serialNumber, string authenticationToken, string presented) =>
        CardLinkKey.Matches(Purpose, serialNumber, authenticationToken, presented);
}
