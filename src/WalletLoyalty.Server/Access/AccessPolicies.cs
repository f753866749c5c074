using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using WalletLoyalty.Access;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Members;

namespace WalletLoyalty.Server.Access;

/// <summary>
/// Who may call what. Every endpoint declares it: an API key's role (<see cref="RequireApiKey"/>), the member's store
/// card (<see cref="RequirePassToken"/>), or <c>AllowAnonymous</c> on purpose (shopper pages, Wallet's web service,
/// probes, files). An endpoint that declares nothing falls to the fallback policy: any valid API key, never anonymous.
/// </summary>
public static class AccessPolicies
{
    public const string Admin = "admin";
    public const string Marketer = "marketer";
    public const string Cashier = "cashier";
    public const string Member = "member";

    public static void AddAccess(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, MemberAuthenticationHandler>(MemberAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Marketer, p => p.RequireRole(Roles.Marketer, Roles.Admin))
            .AddPolicy(Cashier, p => p.RequireRole(Roles.Cashier))
            .AddPolicy(Member, p => p.AddAuthenticationSchemes(MemberAuthenticationHandler.SchemeName).RequireClaim(MemberAuthenticationHandler.MemberClaim))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, UnmatchedRequests>();
    }

    /// <summary>
    /// Requires an API key allowed by the policy. The 401 and 403 come from <see cref="ApiKeyAuthenticationHandler"/>,
    /// before any handler runs, so no handler's <c>Results&lt;…&gt;</c> can declare them: they are declared here.
    /// </summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy).WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), [StatusProblem.ContentType]),
            new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), [StatusProblem.ContentType]));

    /// <summary>
    /// Requires "Authorization: Pass &lt;token&gt;" with the token of the store card of the member the route names
    /// (<see cref="MemberAuthenticationHandler"/>, which answers the 401 declared here).
    /// </summary>
    public static TBuilder RequirePassToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Member).WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), [StatusProblem.ContentType]));
}
