namespace WalletLoyalty.Tests.Browser;

public sealed class ChromiumExecutableTests
{
    [Fact]
    public void MissingChromiumFailsWithInstallAdvice()
    {
        var exception = Assert.Throws<ChromiumNotFoundException>(
            () => ChromiumExecutable.Locate(null, "/nonexistent/chromium", "/nonexistent-bin"));

        Assert.Contains("apt-get install chromium", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConfiguredPathThatDoesNotExistIsNotSilentlyReplaced()
    {
        var exception = Assert.Throws<ChromiumNotFoundException>(
            () => ChromiumExecutable.Locate("/nonexistent/chromium", ChromiumExecutable.DebianPath, null));

        Assert.Contains(ChromiumExecutable.PathVariable, exception.Message, StringComparison.Ordinal);
    }
}
