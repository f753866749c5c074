using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Referrals;

namespace WalletLoyalty.Server.Referrals;

/// <summary>The referral code a join link carries (<c>?ref=</c>), as the landing page passes it on to its wallet buttons.</summary>
public static class ReferralJoin
{
    /// <summary>The well-formed code of the request, when the program runs referrals; anything else is dropped.</summary>
    public static string? CodeOf(HttpRequest request, LoyaltyProgram program) =>
        program.Template.Mechanics.Referral is null ? null : ReferralCodes.Read(request.Query[ReferralCodes.QueryName]);

    /// <summary>The landing page's address with the code, for the QR code a computer shows to the phone.</summary>
    public static string WithCode(string joinUrl, string? code) =>
        code is null ? joinUrl : Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(joinUrl, ReferralCodes.QueryName, code);

    /// <summary>What the join brings for the referral; <paramref name="remembered"/> is the card the browser's join cookie names, if any.</summary>
    public static ReferralClaim? Claim(HttpRequest request, LoyaltyProgram program, PassView? remembered) =>
        CodeOf(request, program) is { } code ? new ReferralClaim(code, remembered?.MemberId) : null;
}
