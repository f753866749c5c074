using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Imports;

/// <summary><c>walletloyalty import</c> and <c>export links</c> against a running service, as an operator runs them.</summary>
[Trait("Category", "Database")]
public sealed class ImportCommandTests
{
    private const string Header = "external_id,first_name,last_name,email,phone,birthday,points,tier,joined_at,marketing_consent";

    [Fact]
    public async Task AFileIsImportedWithItsRefusedLinesNamedAndItsJoinLinksExported()
    {
        await using var service = await ServiceHost.StartAsync();
        var folder = Directory.CreateTempSubdirectory("cli-import-").FullName;
        var csv = Path.Combine(folder, "members.csv");
        await File.WriteAllTextAsync(csv, $"{Header}\nC-1,Anna,Nowak,anna@example.com,,,,,,true\nC-2,Ben,,,,not-a-date,,,,\nC-3,Cleo,,,,,,,,false\n");
        string[] viaService = ["--url", service.BaseAddress.ToString(), "--key", SampleSettings.AdminKey];

        var (exit, output) = await CliProcess.RunAsync(["import", "members", csv, "--program", "demo", .. viaService]);

        Assert.True(exit == 3, $"exit {exit}: {output}");
        Assert.Contains("line 3", output, StringComparison.Ordinal);
        Assert.Contains("completed: 3 of 3 rows, 1 refused", output, StringComparison.Ordinal);
        Assert.Equal(["C-1", "C-3"], await service.QueryAsync<string>("SELECT external_id FROM members WHERE external_id IS NOT NULL ORDER BY external_id"));

        var again = await CliProcess.RunAsync(["import", "members", csv, "--program", "demo", .. viaService]);
        Assert.Equal(3, again.Exit);
        Assert.Equal(2, await service.CountAsync("SELECT COUNT(*) FROM members WHERE external_id IS NOT NULL"));

        var id = await service.QueryAsync<long>("SELECT MIN(id) FROM import_jobs");
        var links = Path.Combine(folder, "links.csv");
        var (exportExit, exported) = await CliProcess.RunAsync(["export", "links", "--import", id.Single().ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", links, .. viaService]);
        Assert.True(exportExit == 0, exported);
        var lines = await File.ReadAllLinesAsync(links);
        Assert.Equal("external_id,first_name,last_name,email,phone,join_link", lines[0]);
        Assert.Equal(2, lines.Length - 1);
        Assert.Contains(lines, line => line.StartsWith("C-1,Anna,Nowak,anna@example.com,,", StringComparison.Ordinal) && line.Contains("/join/demo/card/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMissingFileOrAnUnknownProgramIsOneLineAndExitCodeTwo()
    {
        await using var service = await ServiceHost.StartAsync();
        string[] viaService = ["--url", service.BaseAddress.ToString(), "--key", SampleSettings.AdminKey];
        var csv = Path.Combine(Directory.CreateTempSubdirectory("cli-import-").FullName, "members.csv");
        await File.WriteAllTextAsync(csv, $"{Header}\nC-1,Anna,,,,,,,,\n");

        var missing = await CliProcess.RunAsync(["import", "members", csv + ".nope", "--program", "demo", .. viaService]);
        var unknown = await CliProcess.RunAsync(["import", "members", csv, "--program", "nope", .. viaService]);
        var direct = await CliProcess.RunAsync(["import", "members", csv, "--program", "demo"]);

        Assert.Equal(2, missing.Exit);
        Assert.Contains("no file", missing.Output, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("404", unknown.Output, StringComparison.Ordinal);
        Assert.Equal(2, direct.Exit);
        Assert.Contains("--url", direct.Output, StringComparison.Ordinal);
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM members WHERE external_id IS NOT NULL"));
    }
}
