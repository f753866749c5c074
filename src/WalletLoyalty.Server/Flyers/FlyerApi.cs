using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Flyers;

/// <summary>The marketer's flyer QR code: it encodes the absolute join URL with the flyer's source tag.</summary>
public static class FlyerApi
{
    public static void MapFlyerApi(this WebApplication app)
    {
        app.MapGet("/api/v1/programs/{program}/flyer-qr", FlyerQr)
            .RequireApiKey(AccessPolicies.Marketer)
            .WithTags("Marketing")
            .WithSummary("QR code for a flyer: SVG or PNG, encoding the program's join URL with ?src=")
            .Produces<Stream>(StatusCodes.Status200OK, "image/svg+xml", "image/png"); // content and file results do not declare their type
    }

    private static Results<ContentHttpResult, FileContentHttpResult, NotFoundProblem, ValidationProblem> FlyerQr(
        string program, string? src, string? format, int? size, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, PublicUrls urls)
    {
        if (!RouteValues.IsProgramId(program) || programs.Find(program) is null || !user.MaySee(program))
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        if (src is not null && !RouteValues.IsSource(src))
        {
            return Problems.Invalid("src", "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        var pixels = size ?? 10;
        if (pixels is < 1 or > 40)
        {
            return Problems.Invalid("size", "pixels per module must be between 1 and 40");
        }
        var url = urls.Join(request, program, src);
        return (format ?? "svg") switch
        {
            "svg" => TypedResults.Content(FlyerQrCode.Svg(url, pixels), "image/svg+xml"),
            "png" => TypedResults.File(FlyerQrCode.Png(url, pixels), "image/png", $"{program}-{src ?? "flyer"}.png"),
            _ => Problems.Invalid("format", "must be svg or png"),
        };
    }
}
