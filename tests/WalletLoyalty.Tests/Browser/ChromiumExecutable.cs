namespace WalletLoyalty.Tests.Browser;

/// <summary>Finds the Chromium binary: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then PATH.</summary>
public static class ChromiumExecutable
{
    public const string PathVariable = "CHROMIUM_PATH";
    public const string DebianPath = "/usr/bin/chromium";

    private const string InstallAdvice =
        "Install Debian's chromium (apt-get install chromium) or set " + PathVariable + " to a Chromium binary.";

    public static string Locate() =>
        Locate(Environment.GetEnvironmentVariable(PathVariable), DebianPath, Environment.GetEnvironmentVariable("PATH"));

    public static string Locate(string? configuredPath, string defaultPath, string? searchPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return File.Exists(configuredPath)
                ? configuredPath
                : throw new ChromiumNotFoundException(
                    $"{PathVariable} is '{configuredPath}' but no file exists there. {InstallAdvice}");
        }

        if (File.Exists(defaultPath))
        {
            return defaultPath;
        }

        var onPath = (searchPath ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new ChromiumNotFoundException(
            $"Chromium was not found at {defaultPath} nor on PATH. {InstallAdvice}");
    }
}
