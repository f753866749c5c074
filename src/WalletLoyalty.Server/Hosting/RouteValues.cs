using System.Text.RegularExpressions;

namespace WalletLoyalty.Server.Hosting;

/// <summary>Shapes that identifiers from URLs must have; anything else is refused before it reaches storage.</summary>
public static partial class RouteValues
{
    public static bool IsProgramId(string value) => ProgramId().IsMatch(value);

    public static bool IsSerialNumber(string value) => SerialNumber().IsMatch(value);

    public static bool IsDeviceLibraryIdentifier(string value) => DeviceId().IsMatch(value);

    public static bool IsPushToken(string value) => PushToken().IsMatch(value);

    /// <summary>A flyer source: short, URL-safe, printable (e.g. "flyer-2026-spring-store3").</summary>
    public static bool IsSource(string value) => Source().IsMatch(value);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}\\z")]
    private static partial Regex ProgramId();

    [GeneratedRegex("^[0-9A-Z]{20}\\z")]
    private static partial Regex SerialNumber();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}\\z")]
    private static partial Regex DeviceId();

    [GeneratedRegex("^[0-9A-Fa-f]{16,200}\\z")]
    private static partial Regex PushToken();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z")]
    private static partial Regex Source();
}
