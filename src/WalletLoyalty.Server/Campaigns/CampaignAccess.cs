using System.Security.Claims;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;

namespace WalletLoyalty.Server.Campaigns;

/// <summary>A marketer key bound to a program sees only that program's campaigns; others look as if they did not exist.</summary>
public static class CampaignAccess
{
    public static async Task<Campaign?> FindVisibleAsync(this CampaignStore store, long id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } campaign && user.MaySee(campaign.ProgramId) ? campaign : null;

    public static LoyaltyProgram? VisibleProgram(this ProgramCatalog programs, string? programId, ClaimsPrincipal user) =>
        programId is not null && user.MaySee(programId) ? programs.Find(programId) : null;
}
