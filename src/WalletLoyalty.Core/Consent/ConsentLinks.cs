using WalletLoyalty.Security;

namespace WalletLoyalty.Consent;

/// <summary>
/// The link on the back of a store card to the member's consent page. It names the card and carries a key
/// signed with the card's authentication token (<see cref="CardLinkKey"/>), so it is unguessable, the same on every
/// copy of the card, and dies with the card when a new one is issued.
/// </summary>
public static class ConsentLinks
{
    public const string PathPrefix = "/members/consent/";
    private const string Purpose = "consent-link";

    public static string Path(string serialNumber, string authenticationToken) =>
        PathPrefix + Uri.EscapeDataString(serialNumber) + "/" + CardLinkKey.Of(Purpose, serialNumber, authenticationToken);

    public static bool IsKeyOf(string serialNumber, string authenticationToken, string presented) =>
        CardLinkKey.Matches(Purpose, serialNumber, authenticationToken, presented);
}
