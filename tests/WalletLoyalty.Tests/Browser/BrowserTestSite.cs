using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WalletLoyalty.Tests.Browser;

/// <summary>A Kestrel site on a free loopback port with the pages the browser layer is tested on.</summary>
public sealed class BrowserTestSite : IAsyncLifetime
{
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri Url(string path) => new(BaseAddress, path);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapGet("/", () => Results.Content(TestSitePages.Form, "text/html; charset=utf-8"));
        app.MapGet("/failing", () => Results.Content(TestSitePages.Failing, "text/html; charset=utf-8"));
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
