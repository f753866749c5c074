using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using WalletLoyalty.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Access;

public static class AccessPolicies
{
    public const string Admin = "admin";
    public const string Marketer = "marketer";
    public const string Cashier = "cashier";

    public static void AddApiKeyAccess(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Marketer, p => p.RequireRole(Roles.Marketer, Roles.Admin))
            .AddPolicy(Cashier, p => p.RequireRole(Roles.Cashier));
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
}
