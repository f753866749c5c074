namespace WalletLoyalty.Tests.Browser;

/// <summary>The device a page pretends to be: viewport, user agent, touch and pixel density.</summary>
internal sealed record PageEmulation(int Width, int Height, string? UserAgent, bool Mobile, double DeviceScaleFactor)
{
    public async Task ApplyAsync(CdpSession session)
    {
        await session.SendAsync("Emulation.setDeviceMetricsOverride", new
        {
            width = Width,
            height = Height,
            deviceScaleFactor = DeviceScaleFactor,
            mobile = Mobile,
            screenWidth = Width,
            screenHeight = Height,
        });
        if (UserAgent is not null)
        {
            await session.SendAsync("Emulation.setUserAgentOverride", new { userAgent = UserAgent });
        }

        if (Mobile)
        {
            await session.SendAsync("Emulation.setTouchEmulationEnabled", new { enabled = true, maxTouchPoints = 5 });
        }
    }
}
