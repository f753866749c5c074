using System.Security.Claims;
using WalletLoyalty.Till;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

public static class TillContexts
{
    /// <summary>The till a cashier key stands for, or null if its store has gone from the templates.</summary>
    public static TillContext? For(ClaimsPrincipal user, ProgramCatalog programs)
    {
        var program = programs.Find(user.ProgramOf() ?? "");
        var storeId = user.StoreOf();
        return program is null || storeId is null || program.Store(storeId) is null ? null : new TillContext(user.KeyIdOf(), program, storeId);
    }

    /// <summary>The answer when <see cref="For"/> finds no till.</summary>
    public static ForbiddenProblem KeyNotBound() =>
        Problems.Forbidden("Key not bound to a store", "This cashier key's store no longer exists in the templates.");
}
