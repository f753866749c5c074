using System.Net;
using System.Text.RegularExpressions;

namespace WalletLoyalty.Tests.Support;

public static partial class Shoppers
{
    /// <summary>Joins the demo program as a shopper would and returns the pass and the code the till scans.</summary>
    public static async Task<(PkPassFile Pass, string Code)> JoinAsync(ServiceHost service, string name = "Alex", bool marketingConsent = false)
    {
        var pass = await new AppleDevice(service.Client).AddFromLandingPageAsync("/join/demo", name, marketingConsent);
        var code = pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;
        return (pass, code);
    }

    /// <summary>
    /// Opens the landing page and returns the link of its Apple or Google Wallet button (which carries the
    /// page's token), with the name (and a ticked consent box) added as the page's script adds what the shopper types.
    /// </summary>
    public static async Task<string> WalletLinkAsync(HttpClient client, string landingPath, string wallet = "apple", string? name = null, string? acceptLanguage = null,
        bool marketingConsent = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, landingPath);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var button = WalletButton().Matches(html).SingleOrDefault(m => m.Groups["wallet"].Value == wallet)
            ?? throw new Xunit.Sdk.XunitException($"{landingPath} shows no {wallet} wallet button");
        var href = WebUtility.HtmlDecode(button.Groups["href"].Value);
        return href + (string.IsNullOrEmpty(name) ? "" : "&name=" + Uri.EscapeDataString(name)) + (marketingConsent ? "&marketingConsent=true" : "");
    }

    [GeneratedRegex("<a id=\"add-to-(?<wallet>apple|google)-wallet\"[^>]* href=\"(?<href>[^\"]+)\"")]
    private static partial Regex WalletButton();
}
