using WalletLoyalty.Members;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Members;

/// <summary>
/// The brand's app acts for a member by showing the authentication token of the member's store card:
/// "Authorization: Pass &lt;token&gt;". A coupon pass's token is not accepted.
/// </summary>
public static class MemberAuthentication
{
    /// <summary>Null when the request carries the token of one of the member's store cards; otherwise the 401 to answer.</summary>
    public static async Task<UnauthorizedProblem?> RefuseUnlessMemberAsync(
        long memberId, HttpRequest request, AppDevices devices, CancellationToken cancellationToken) =>
        await devices.IsMemberTokenAsync(memberId, PassToken(request), cancellationToken)
            ? null
            : Problems.Unauthorized("Send 'Authorization: Pass <token>' with the authentication token of this member's store card.");

    private static string? PassToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Pass ", StringComparison.Ordinal) ? header[5..].Trim() : null;
    }
}
