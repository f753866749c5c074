using System.Net;

namespace WalletLoyalty.Tests.Support;

/// <summary>A page as a browser set to a language gets it.</summary>
public static class PageInLanguage
{
    /// <summary>GETs <paramref name="path"/> with that Accept-Language (none when empty), expects 200 and returns the HTML.</summary>
    public static async Task<string> GetHtmlAsync(this HttpClient client, string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage.Length > 0)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
