using Microsoft.AspNetCore.Authentication;
using WalletLoyalty.Access;

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
}
