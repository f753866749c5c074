using System.Net;
using System.Text.RegularExpressions;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Hosting;

/// <summary>Pages load their code and styles as fingerprinted, compressed files, under a CSP with no inline code but the nonced import map.</summary>
[Trait("Category", "Database")]
public sealed partial class PageAssetsTests : IAsyncLifetime
{
    private ServiceHost _service = null!;

    public async Task InitializeAsync() => _service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData("/join/demo")]
    [InlineData("/join/no-such-program")]
    [InlineData("/till")]
    [InlineData("/marketing")]
    public async Task APageAllowsOnlyItsOwnFilesAndItsNoncedImportMap(string path)
    {
        using var response = await _service.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("style-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.DoesNotContain("sha256", policy);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=", html);
        var nonce = Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        foreach (Match script in ScriptTag().Matches(html))
        {
            var tag = script.Groups["tag"].Value;
            var dataBlock = tag.Contains("type=\"application/json\"", StringComparison.Ordinal); // never executed, so the CSP needs nothing
            Assert.True(dataBlock || tag.Contains("src=\"/", StringComparison.Ordinal) || tag.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal),
                $"inline script without the request's nonce: {tag}");
        }
    }

    [Fact]
    public async Task EachRequestGetsItsOwnNonce()
    {
        var first = await NonceAsync("/join/demo");
        var second = await NonceAsync("/join/demo");

        Assert.NotEqual(first, second);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", first); // 128 bits, and no character HTML would encode
    }

    [Theory]
    [InlineData("/join/demo")]
    [InlineData("/till")]
    [InlineData("/marketing")]
    public async Task ScriptsAndStylesAreFingerprintedCompressedAndCarryAnETag(string page)
    {
        var html = await _service.Client.GetStringAsync(page);
        var files = AssetUrl().Matches(html).Select(m => m.Groups["url"].Value).Distinct().ToList();

        Assert.Contains(files, f => f.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".js", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.Matches(@"\.[a-z0-9]{8,}\.(js|css)$", file);
            using var request = new HttpRequestMessage(HttpMethod.Get, file);
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await _service.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task TheImportMapNamesEveryModuleTheEntryImportsByItsFingerprintedUrl()
    {
        var html = await _service.Client.GetStringAsync("/join/demo");
        var map = System.Text.Json.JsonDocument.Parse(ImportMap().Match(html).Groups["json"].Value).RootElement.GetProperty("imports");

        var target = map.GetProperty("/join/wallet-links.js").GetString()!;
        Assert.Matches(@"^/join/wallet-links\.[a-z0-9]{8,}\.js$", target);
        Assert.Equal(HttpStatusCode.OK, (await _service.Client.GetAsync(target)).StatusCode);
    }

    [Fact]
    public async Task AStaffPagesImportMapCoversItsOwnModulesAndTheSharedStaffOnesButNoOtherPages()
    {
        var html = await _service.Client.GetStringAsync("/till");
        var keys = System.Text.Json.JsonDocument.Parse(ImportMap().Match(html).Groups["json"].Value).RootElement
            .GetProperty("imports").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/staff/api.js", keys);
        Assert.Contains("/till/session.js", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("/marketing/", StringComparison.Ordinal) || k.StartsWith("/join/", StringComparison.Ordinal));
    }

    private async Task<string> NonceAsync(string path)
    {
        using var response = await _service.Client.GetAsync(path);
        return Regex.Match(string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), "'nonce-([^']+)'").Groups[1].Value;
    }

    [GeneratedRegex("(?<tag><script[^>]*>)")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("(?:href|src)=\"(?<url>/(?!programs/)[^\"]+\\.(?:js|css))\"")]
    private static partial Regex AssetUrl();

    [GeneratedRegex("<script type=\"importmap\"[^>]*>(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();
}
