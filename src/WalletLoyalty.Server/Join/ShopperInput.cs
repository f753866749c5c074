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
            return ShopperErrorPage.Result(StatusCodes.Status404NotFound, "We could not find this loyalty program",
                "The link may be mistyped or the program has ended. Please scan the code on the flyer again.");
        }
        if (source is not null && !RouteValues.IsSource(source))
        {
            return ShopperErrorPage.Result(StatusCodes.Status400BadRequest, "This link looks damaged",
                "Please scan the code on the flyer again, or ask at the counter.");
        }
        return null;
    }
}
