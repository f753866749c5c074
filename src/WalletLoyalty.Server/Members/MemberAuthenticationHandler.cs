using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WalletLoyalty.Members;
using WalletLoyalty.Server.Access;

namespace WalletLoyalty.Server.Members;

/// <summary>
/// The brand's app acts for a member by showing the authentication token of the member's store card:
/// "Authorization: Pass &lt;token&gt;". The member is the one the route names ({memberId}); a coupon pass's
/// token, or another member's, is refused with 401 as ProblemDetails.
/// </summary>
public sealed class MemberAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDevices devices, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Pass";
    public const string MemberClaim = "wl:member";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Pass ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }
        if (!long.TryParse(Context.GetRouteValue("memberId")?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var memberId))
        {
            return AuthenticateResult.Fail("The route names no member");
        }
        if (!await devices.IsMemberTokenAsync(memberId, header[5..].Trim(), Context.RequestAborted))
        {
            return AuthenticateResult.Fail("Not the token of this member's store card");
        }
        var identity = new ClaimsIdentity([new Claim(MemberClaim, memberId.ToString(CultureInfo.InvariantCulture))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ChallengeProblem.WriteAsync(Context, problems, StatusCodes.Status401Unauthorized, "unauthorized", "Not authorized",
            "Send 'Authorization: Pass <token>' with the authentication token of this member's store card.");
}
