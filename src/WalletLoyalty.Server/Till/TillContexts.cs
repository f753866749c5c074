using System.Security.Claims;
using WalletLoyalty.Ledger;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;

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
}
