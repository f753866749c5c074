using System.Net;
using System.Text.RegularExpressions;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>
/// A phone's browser on the flyer's coupon page: it keeps the join cookie the service sets, opens the page a QR code or
/// a typed code leads to, and taps the page's wallet button with the page's token, as a shopper does.
/// </summary>
public sealed partial class FlyerShopper(HttpClient client)
{
    private string? _cookie;

    public bool HasCookie => _cookie is not null;

    public async Task<(HttpStatusCode Status, string Html)> OpenAsync(string path)
    {
        using var response = await SendAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the page for the code and taps its Apple or Google button; the name goes with it as the form sends it.</summary>
    public async Task<HttpResponseMessage> TapAsync(string code, string wallet = "apple", string? name = null)
    {
        var (status, html) = await OpenAsync("/join/demo/coupons?code=" + Uri.EscapeDataString(code));
        Assert.Equal(HttpStatusCode.OK, status);
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups["token"].Value);
        Assert.NotEmpty(token);
        return await SendAsync($"/join/demo/coupons/{wallet}?code={Uri.EscapeDataString(code)}&lang=en&token={Uri.EscapeDataString(token)}"
            + (name is null ? "" : "&name=" + Uri.EscapeDataString(name)));
    }

    private async Task<HttpResponseMessage> SendAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (_cookie is not null)
        {
            request.Headers.Add("Cookie", _cookie);
        }
        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            _cookie = cookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith("wl-demo=", StringComparison.Ordinal)) ?? _cookie;
        }
        return response;
    }

    [GeneratedRegex("name=\"token\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
