using WalletLoyalty.Security;

namespace WalletLoyalty.Referrals;

/// <summary>
/// The link on the back of a store card to the member's referral page, keyed like the survey link (<see cref="CardLinkKey"/>),
/// and the join link that page hands to friends.
/// </summary>
public static class ReferralLinks
{
    public const string PathPrefix = "/members/referral/";
    private const string Purpose = "referral-link";

    public static string Path(string serialNumber, string authenticationToken) =>
        PathPrefix + Uri.EscapeDataString(serialNumber) + "/" + CardLinkKey.Of(Purpose, serialNumber, authenticationToken);

    public static bool IsKeyOf(string serialNumber, string authenticationToken, string presented) =>
        CardLinkKey.Matches(Purpose, serialNumber, authenticationToken, presented);

    /// <summary>The program's landing page with the member's code, e.g. /join/demo?ref=7K2M9QX4TD.</summary>
    public static string JoinPath(string programId, string code) => "/join/" + programId + "?" + ReferralCodes.QueryName + "=" + code;
}
