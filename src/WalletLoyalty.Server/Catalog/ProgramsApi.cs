using System.Security.Claims;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;

namespace WalletLoyalty.Server.Catalog;

/// <summary>The programs a marketer may work on, with what their tools need to know of each.</summary>
public static class ProgramsApi
{
    public static void MapProgramsApi(this WebApplication app) =>
        app.MapGet("/api/v1/programs", (ClaimsPrincipal user, ProgramCatalog programs) => TypedResults.Ok(
                programs.All
                    .Where(p => user.ProgramOf() is not { } own || own == p.Id)
                    .OrderBy(p => p.Id, StringComparer.Ordinal)
                    .Select(p => new
                    {
                        id = p.Id, name = p.Template.Name, currency = p.Template.Currency, timeZone = p.Template.TimeZone,
                        tiers = p.Template.Tiers.OrderBy(t => t.MinPoints).Select(t => t.Name),
                        stores = p.Template.Stores.Select(s => new { id = s.Id, name = s.Name }),
                        rewards = p.Template.Rewards.Select(r => new { id = r.Id, name = r.Name, points = r.Points }),
                    })))
            .RequireAuthorization(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("The programs this key may work on: tiers, stores, rewards, currency and time zone");
}
