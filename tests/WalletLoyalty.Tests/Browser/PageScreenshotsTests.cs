using System.Buffers.Binary;

namespace WalletLoyalty.Tests.Browser;

public sealed class PageScreenshotsTests(BrowserTestSite site) : IClassFixture<BrowserTestSite>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task EverySizeIsSavedAsAFullPagePngAndThePageKeepsItsViewportAndScroll()
    {
        await using var tab = await BrowserTab.OpenAsync(EmulatedDevice.Desktop(1024, 768));
        await tab.GotoAsync(site.Url("/"));
        await tab.Page.EvaluateAsync("document.body.style.height = '3000px'; window.scrollTo(0, 500)");
        var directory = Path.Combine(Path.GetTempPath(), $"screenshots-{Guid.NewGuid():N}");
        try
        {
            var paths = await PageScreenshots.SaveAsync(tab.Page, "form", directory);

            Assert.Equal(["form-phone.png", "form-tablet.png", "form-desktop.png"], paths.Select(Path.GetFileName));
            foreach (var (path, size) in paths.Zip(ScreenshotSize.All))
            {
                var png = await File.ReadAllBytesAsync(path);
                Assert.Equal(PngSignature, png[..PngSignature.Length]);

                // The IHDR chunk right after the signature holds width and height, big-endian.
                Assert.Equal(size.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
                Assert.True(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)) >= size.Height, $"{path} is shorter than the window");
            }

            Assert.Equal(1024, await tab.Page.EvaluateAsync<int>("window.innerWidth"));
            Assert.Equal(500, await tab.Page.EvaluateAsync<int>("window.scrollY"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
