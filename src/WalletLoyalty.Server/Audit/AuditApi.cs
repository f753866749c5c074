using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Audit;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Audit;

/// <summary>Admins read which key created or revoked keys, and created campaigns and coupons.</summary>
public static class AuditApi
{
    private const int PageSize = 100;

    public static void MapAuditApi(this WebApplication app) =>
        app.MapGet("/api/v1/audit", ListAsync).RequireApiKey(AccessPolicies.Admin).WithTags("Access")
            .WithSummary("The audit trail, newest first, 100 entries a page");

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListAsync(int? page, AuditTrail trail, CancellationToken cancellationToken)
    {
        if (page is < 1 or > 100_000)
        {
            return Problems.Invalid("page", "a page number from 1");
        }
        var number = page ?? 1;
        var items = await trail.ListAsync(number, PageSize, cancellationToken);
        return TypedResults.Ok(new AuditPage(items.Select(e => new AuditEntry(e.Id, e.KeyId, e.KeyName, e.Action, e.Subject, e.ProgramId, e.OccurredAt)).ToList(), number));
    }
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Page);

/// <param name="KeyId">The key that acted; 0 is the bootstrap admin key from configuration.</param>
public sealed record AuditEntry(long Id, long KeyId, string KeyName, string Action, string Subject, string? ProgramId, DateTimeOffset OccurredAt);
