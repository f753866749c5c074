using System.Globalization;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.MemberCare;

/// <summary><c>walletloyalty export member</c> against a running service, as an operator answers a customer's request for their data.</summary>
[Trait("Category", "Database")]
public sealed class MemberExportCommandTests
{
    [Fact]
    public async Task AMembersDataIsWrittenAsJsonAndAnUnknownMemberIsOneLineWithAFailingExit()
    {
        await using var service = await ServiceHost.StartAsync();
        await Shoppers.JoinAsync(service, "Noor");
        var memberId = (await service.QueryAsync<long>("SELECT id FROM members WHERE first_name = 'Noor'")).Single();
        var file = Path.Combine(Directory.CreateTempSubdirectory("cli-member-export-").FullName, "noor.json");
        string[] viaService = ["--url", service.BaseAddress.ToString(), "--key", SampleSettings.AdminKey];

        var (exit, output) = await CliProcess.RunAsync(
            ["export", "member", memberId.ToString(CultureInfo.InvariantCulture), "--program", "demo", "--out", file, .. viaService]);

        Assert.True(exit == 0, $"exit {exit}: {output}");
        using var export = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        Assert.Equal("Noor", export.RootElement.GetProperty("profile").GetProperty("firstName").GetString());
        Assert.Equal(memberId, export.RootElement.GetProperty("profile").GetProperty("id").GetInt64());

        var unknown = await CliProcess.RunAsync(["export", "member", "999999", "--program", "demo", .. viaService]);
        Assert.NotEqual(0, unknown.Exit);
        Assert.Contains("No member 999999", unknown.Output, StringComparison.Ordinal);
    }
}
