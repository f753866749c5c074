using System.Security.Claims;
using Dapper;
using WalletLoyalty.Coupons;
using WalletLoyalty.Data;
using WalletLoyalty.Ledger;
using WalletLoyalty.Members;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

/// <summary>What the cashier sees after a scan.</summary>
public static class TillCardsEndpoint
{
    public static async Task<IResult> LookUpAsync(string code, ClaimsPrincipal user, ProgramCatalog programs, IDatabase database, TimeProvider time, CancellationToken cancellationToken)
    {
        if (TillContexts.For(user, programs) is not { } till)
        {
            return Problems.Problem(StatusCodes.Status403Forbidden, "forbidden", "Key not bound to a store", "This cashier key's store no longer exists in the templates.");
        }
        var normalized = CardCodes.Normalize(code);
        await using var connection = await database.OpenAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (CardCodes.IsCouponCode(normalized))
        {
            var coupon = await connection.QuerySingleOrDefaultAsync<Coupon>(
                $"SELECT {Coupon.Columns} FROM coupons WHERE code = @normalized AND program_id = @programId", new { normalized, programId = till.Program.Id });
            if (coupon is null)
            {
                return Problems.NotFound("No coupon of this program has that code.");
            }
            var holder = await MemberLookup.GetAsync(connection, null, coupon.MemberId);
            return TypedResults.Ok(new { kind = "coupon", coupon = Summary(coupon, now), member = Summary(holder) });
        }
        var member = await MemberLookup.FindAsync(connection, null, till.Program.Id, normalized);
        if (member is null)
        {
            return Problems.NotFound("No member of this program has that card. Scan again or type the member number.");
        }
        var coupons = await connection.QueryAsync<Coupon>(
            $"SELECT {Coupon.Columns} FROM coupons WHERE member_id = @memberId AND status = 'active' ORDER BY expires_at", new { memberId = member.Id });
        return TypedResults.Ok(new
        {
            kind = "member",
            member = Summary(member),
            rewards = till.Program.Template.Rewards.Select(r => new { id = r.Id, name = r.Name, points = r.Points, valueMinor = r.ValueMinor, available = member.PointsBalance >= r.Points }),
            coupons = coupons.Where(c => c.IsUsable(now)).Select(c => Summary(c, now)),
        });
    }

    private static object Summary(Member member) => new
    {
        id = member.Id, name = member.DisplayName, number = Member.FormatNumber(member.MemberNumber), points = member.PointsBalance, tier = member.Tier,
    };

    private static object Summary(Coupon coupon, DateTimeOffset now) => new
    {
        code = coupon.Code, title = coupon.Title, description = coupon.Description, valueMinor = coupon.ValueMinor, expiresAt = coupon.ExpiresAt,
        status = coupon.Status == "active" && !coupon.IsUsable(now) ? "expired" : coupon.Status,
    };
}
