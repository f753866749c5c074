using Microsoft.Playwright;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Browser;

/// <summary>Full-page screenshots of a page as it is now, at every <see cref="ScreenshotSize"/>.</summary>
public static class PageScreenshots
{
    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    /// <summary>
    /// Writes <c>&lt;name&gt;-&lt;size&gt;.png</c> for each size, then gives the page back its own viewport
    /// and scroll position.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SaveAsync(IPage page, string name, string? directory = null)
    {
        var viewport = page.ViewportSize ?? throw new InvalidOperationException("The page has no fixed viewport.");
        var scroll = await page.EvaluateAsync<double[]>("[window.scrollX, window.scrollY]");
        var paths = new List<string>();
        try
        {
            // Fixed headers and dialogs are drawn where the window is, so a full page is taken from the top.
            await ScrollToAsync(page, 0, 0);
            foreach (var size in ScreenshotSize.All)
            {
                var path = Path.Combine(directory ?? Directory, $"{name}-{size.Name}.png");
                await page.SetViewportSizeAsync(size.Width, size.Height);

                // CSS scale keeps a phone at device scale 3 from making pictures three times as wide.
                await page.ScreenshotAsync(new() { Path = path, FullPage = true, Scale = ScreenshotScale.Css });
                paths.Add(path);
            }
        }
        finally
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            await ScrollToAsync(page, scroll[0], scroll[1]);
        }

        return paths;
    }

    private static Task ScrollToAsync(IPage page, double x, double y) =>
        page.EvaluateAsync("([x, y]) => window.scrollTo({ left: x, top: y, behavior: 'instant' })", new[] { x, y });
}
