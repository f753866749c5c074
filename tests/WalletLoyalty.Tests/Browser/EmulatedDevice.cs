using Microsoft.Playwright;

namespace WalletLoyalty.Tests.Browser;

/// <summary>The device a browser context pretends to be: viewport, user agent, touch and pixel density.</summary>
public static class EmulatedDevice
{
    /// <summary>A desktop browser with a mouse and Playwright's default user agent.</summary>
    public static BrowserNewContextOptions Desktop(int width, int height) => new()
    {
        ViewportSize = new ViewportSize { Width = width, Height = height },
    };

    /// <summary>A phone or tablet: the page's meta viewport counts, taps are touches.</summary>
    public static BrowserNewContextOptions Touch(int width, int height, string userAgent, double deviceScaleFactor) => new()
    {
        ViewportSize = new ViewportSize { Width = width, Height = height },
        UserAgent = userAgent,
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = (float)deviceScaleFactor,
    };
}
