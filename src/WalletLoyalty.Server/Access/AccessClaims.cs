using System.Security.Claims;

namespace WalletLoyalty.Server.Access;

/// <summary>What an authenticated key says about its holder.</summary>
public static class AccessClaims
{
    public const string KeyId = "wl:key";
    public const string Program = "wl:program";
    public const string Store = "wl:store";

    public static long KeyIdOf(this ClaimsPrincipal user) => long.Parse(user.FindFirstValue(KeyId) ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The key acting, for the audit trail.</summary>
    public static WalletLoyalty.Audit.Actor ActorOf(this ClaimsPrincipal user) => new(user.KeyIdOf(), user.FindFirstValue(ClaimTypes.Name) ?? "");

    public static string? ProgramOf(this ClaimsPrincipal user) => user.FindFirstValue(Program);

    public static string? StoreOf(this ClaimsPrincipal user) => user.FindFirstValue(Store);

    /// <summary>A key bound to a program sees only that program; another program looks as if it did not exist.</summary>
    public static bool MaySee(this ClaimsPrincipal user, string programId) => user.ProgramOf() is not { } own || own == programId;
}
