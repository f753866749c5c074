namespace WalletLoyalty.Tests.Browser;

/// <summary>A window size pages are photographed at; the name ends the file name.</summary>
public sealed record ScreenshotSize(string Name, int Width, int Height)
{
    public static IReadOnlyList<ScreenshotSize> All { get; } =
    [
        new("phone", 390, 844),
        new("tablet", 820, 1180),
        new("desktop", 1440, 900),
    ];
}
