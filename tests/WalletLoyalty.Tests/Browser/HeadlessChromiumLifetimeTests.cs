namespace WalletLoyalty.Tests.Browser;

public sealed class HeadlessChromiumLifetimeTests
{
    [Fact]
    public async Task DisposingTheBrowserLeavesNoProcessesOrFilesBehind()
    {
        var chromium = await HeadlessChromium.LaunchAsync();
        var workDirectory = chromium.WorkDirectory.FullName;
        await using (var page = await chromium.NewPageAsync(320, 240))
        {
            Assert.Equal(2, await page.EvaluateAsync<int>("1 + 1"));
        }

        Assert.NotEmpty(ProcessCommandLines.Containing(workDirectory));
        await chromium.DisposeAsync();

        Assert.Empty(ProcessCommandLines.Containing(workDirectory));
        Assert.False(Directory.Exists(workDirectory));
    }
}
