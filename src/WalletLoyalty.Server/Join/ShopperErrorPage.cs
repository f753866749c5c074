using System.Net;

namespace WalletLoyalty.Server.Join;

public static class ShopperErrorPage
{
    public static IResult Result(int status, string title, string message) =>
        TypedResults.Content(Render(title, message), "text/html; charset=utf-8", statusCode: status);

    private static string Render(string title, string message) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>
          body { margin: 0; font: 17px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; background: #f4f1ec; color: #222; }
          main { max-width: 28rem; margin: 18vh auto 0; padding: 0 1.5rem; text-align: center; }
          h1 { font-size: 1.4rem; }
        </style></head>
        <body><main><h1>{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(message)}}</p></main></body></html>
        """;
}
