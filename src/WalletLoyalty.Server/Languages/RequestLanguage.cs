using WalletLoyalty.Languages;

namespace WalletLoyalty.Server.Languages;

/// <summary>The shopper language a request asks for: <c>?lang=</c> (the pages' switcher and wallet links) first, then Accept-Language.</summary>
public static class RequestLanguage
{
    public static string Of(HttpRequest request) =>
        ShopperLanguage.Match(request.Query["lang"]) ?? ShopperLanguage.Negotiate(request.Headers.AcceptLanguage);
}
