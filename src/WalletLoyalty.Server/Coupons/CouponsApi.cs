using System.Security.Claims;
using Dapper;
using WalletLoyalty.Coupons;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Server.Coupons;

/// <summary>Marketers give a member a coupon; the shopper adds its pass from the link they are sent.</summary>
public static class CouponsApi
{
    public static void MapCouponsApi(this WebApplication app)
    {
        app.MapPost("/api/v1/programs/{program}/members/{memberId:long}/coupons", IssueAsync)
            .RequireAuthorization(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Give a member a single-use coupon with its own wallet pass");
        app.MapGet("/coupons/{code}/apple", CouponPassAsync).WithTags("Shoppers").ExcludeFromDescription();
    }

    private static async Task<IResult> IssueAsync(string program, long memberId, HttpRequest request, ClaimsPrincipal user,
        ProgramCatalog programs, IDatabase database, CouponIssuer issuer, TimeProvider time, CancellationToken cancellationToken)
    {
        if (programs.Find(program) is null || (user.ProgramOf() is { } own && own != program))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        var (body, problem) = await JsonBody.ReadAsync<NewCouponRequest>(request, 4096, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        if (string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > 60)
        {
            return Problems.Invalid("title", "is required, at most 60 characters");
        }
        if (body.ExpiresAt is { } expires && expires <= time.GetUtcNow())
        {
            return Problems.Invalid("expiresAt", "must be in the future");
        }
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<long?>("SELECT id FROM members WHERE id = @memberId AND program_id = @program", new { memberId, program }) is null)
            {
                return Problems.NotFound($"No member {memberId} in program '{program}'.");
            }
        }
        var (coupon, _) = await issuer.IssueAsync(program, memberId, body.Title.Trim(), (body.Description ?? "").Trim(), body.ValueMinor, body.ExpiresAt, cancellationToken);
        return TypedResults.Created($"/coupons/{coupon.Code}/apple", new
        {
            coupon.Code, coupon.Title, coupon.Description, coupon.ValueMinor, coupon.ExpiresAt, coupon.Status,
            applePassUrl = $"/coupons/{coupon.Code}/apple",
        });
    }

    private static async Task<IResult> CouponPassAsync(string code, HttpRequest request, IDatabase database, PassRepository passes,
        ApplePassIssuer issuer, PublicUrls urls, CancellationToken cancellationToken)
    {
        if (!Ledger.CardCodes.IsCouponCode(code))
        {
            return Join.ShopperErrorPage.Result(StatusCodes.Status404NotFound, "We could not find this coupon", "Please use the link from your message again.");
        }
        string? serial;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            serial = await connection.ExecuteScalarAsync<string?>(
                "SELECT p.serial_number FROM passes p JOIN coupons c ON c.id = p.coupon_id WHERE c.code = @code", new { code });
        }
        var pass = serial is null ? null : await passes.FindBySerialAsync(serial, cancellationToken);
        if (pass is null)
        {
            return Join.ShopperErrorPage.Result(StatusCodes.Status404NotFound, "We could not find this coupon", "Please use the link from your message again.");
        }
        return TypedResults.File(issuer.Issue(pass, urls.AppleWebService(request)), PkPassPackager.ContentType, "coupon.pkpass");
    }
}

public sealed record NewCouponRequest(string? Title, string? Description, long? ValueMinor, DateTimeOffset? ExpiresAt);
