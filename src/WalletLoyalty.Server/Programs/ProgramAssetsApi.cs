using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.Programs;

/// <summary>Serves a program's pass images to its web pages, from memory and only by known name.</summary>
public static class ProgramAssetsApi
{
    public static void MapProgramAssets(this WebApplication app)
    {
        // The shopper and staff pages load them before anyone signs in.
        app.MapGet("/programs/{program}/theme.css", Theme).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/programs/{program}/{folder}/{file}", Image).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Theme(string program, ProgramCatalog programs, HttpResponse response)
    {
        if (programs.Find(program) is not { } found)
        {
            return TypedResults.NotFound();
        }
        response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Text(ProgramTheme.Css(found.Template.Colors), "text/css; charset=utf-8");
    }

    private static IResult Image(string program, string folder, string file, ProgramCatalog programs, HttpResponse response)
    {
        if (folder == "google")
        {
            return programs.Find(program)?.GoogleImages.GetValueOrDefault(file) is { } bytes
                ? TypedResults.File(bytes, "image/png")
                : TypedResults.NotFound();
        }
        var kind = folder switch
        {
            "images" or "store-card" => PassKind.StoreCard,
            "coupon" => PassKind.Coupon,
            _ => (PassKind?)null,
        };
        var image = kind is null ? null : programs.Find(program)?.Images(kind.Value).Find(file);
        if (image is null)
        {
            return TypedResults.NotFound();
        }
        response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.File(image.Bytes, "image/png");
    }
}
