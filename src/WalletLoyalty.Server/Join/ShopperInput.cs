using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Join;

/// <summary>Checks what a shopper's link carries; a bad link gets a friendly page, never a stack trace.</summary>
public static class ShopperInput
{
    public static IResult? Check(string program, string? source, ProgramCatalog programs)
    {
        if (!RouteValues.IsProgramId(program) || programs.Find(program) is null)
        {
            return ShopperErrorPage.Result(StatusCodes.Status404NotFound, ShopperErrorPage.ProgramNotFound);
        }
        if (source is not null && !RouteValues.IsSource(source))
        {
            return ShopperErrorPage.Result(StatusCodes.Status400BadRequest, ShopperErrorPage.DamagedLink);
        }
        return null;
    }
}
