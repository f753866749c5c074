using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using WalletLoyalty.Access;
using WalletLoyalty.Security;

namespace WalletLoyalty.Server.Access;

/// <summary>
/// Authenticates "Authorization: Bearer wl_…" (or X-Api-Key). Answers 401 and 403 as ProblemDetails.
/// Valid keys are remembered for 30 seconds, so a revoked key stops working within that time.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyStore keys, IOptions<AuthOptions> auth, IMemoryCache cache, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }
        var bootstrap = auth.Value.BootstrapAdminKey;
        if (!string.IsNullOrEmpty(bootstrap) && ConstantTime.Equals(presented, bootstrap))
        {
            return Success(new ApiKey { Id = 0, Role = Roles.Admin, Name = "bootstrap" });
        }
        var cacheKey = "api-key:" + ApiKeySecrets.Hash(presented);
        if (!cache.TryGetValue(cacheKey, out ApiKey? key))
        {
            key = await keys.FindActiveAsync(presented, Context.RequestAborted);
            if (key is not null)
            {
                cache.Set(cacheKey, key, TimeSpan.FromSeconds(30));
            }
        }
        return key is null ? AuthenticateResult.Fail("Unknown or revoked API key") : Success(key);
    }

    private AuthenticateResult Success(ApiKey key)
    {
        var claims = new List<Claim> { new(ClaimTypes.Role, key.Role), new(AccessClaims.KeyId, key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new(ClaimTypes.Name, key.Name) };
        if (key.ProgramId is not null)
        {
            claims.Add(new Claim(AccessClaims.Program, key.ProgramId));
        }
        if (key.StoreId is not null)
        {
            claims.Add(new Claim(AccessClaims.Store, key.StoreId));
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header[7..].Trim();
        }
        var apiKey = request.Headers["X-Api-Key"].ToString();
        return apiKey.Length > 0 ? apiKey.Trim() : null;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ChallengeProblem.WriteAsync(Context, problems, StatusCodes.Status401Unauthorized, "unauthorized", "API key required",
            "Send a valid API key as 'Authorization: Bearer <key>'.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ChallengeProblem.WriteAsync(Context, problems, StatusCodes.Status403Forbidden, "forbidden", "Not allowed for this key",
            "This API key's role does not allow this request.");
}
