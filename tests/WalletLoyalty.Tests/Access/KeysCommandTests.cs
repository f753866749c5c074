using System.Net;
using System.Net.Http.Headers;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Access;

/// <summary><c>walletloyalty keys</c>, run as an operator runs it: on the database directly, or through the service.</summary>
[Trait("Category", "Database")]
public sealed class KeysCommandTests
{
    private static string[] OnTheDatabase(Dictionary<string, string?> settings) =>
        TestEngine.IsPostgres ? ["--postgres", settings["Storage:ConnectionString"]!] : ["--sqlite", settings["Storage:Path"]!];

    private static async Task<HttpStatusCode> StatusWithKeyAsync(ServiceHost service, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await service.Client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task AFirstAdminKeyIsMadeOnADatabaseNoServiceHasOpenedYetAndWorksOnceTheServiceStarts()
    {
        var data = Directory.CreateTempSubdirectory("cli-keys-").FullName;
        var settings = SampleSettings.For(data);

        var (exit, output) = await CliProcess.RunAsync(["keys", "create", "--role", "admin", "--name", "First admin", "--quiet", .. OnTheDatabase(settings)]);

        Assert.True(exit == 0, output);
        var key = output.Trim();
        Assert.StartsWith("wl_", key, StringComparison.Ordinal);
        await using var service = await ServiceHost.StartAsync(dataDirectory: data);
        Assert.Equal(HttpStatusCode.OK, await StatusWithKeyAsync(service, "/api/v1/keys", key));
        await using var connection = await service.Database().OpenAsync();
        Assert.Equal("command line", await connection.ExecuteScalarAsync<string>("SELECT key_name FROM audit_events WHERE action = 'key.created'"));
    }

    [Fact]
    public async Task ACashierKeyNeedsAStoreOfTheProgramAndTheMistakeIsNamed()
    {
        await using var service = await ServiceHost.StartAsync();
        var settings = SampleSettings.For(service.DataDirectory);

        var (exit, output) = await CliProcess.RunAsync(["keys", "create", "--role", "cashier", "--store", "no-such-store", .. OnTheDatabase(settings)]);
        var (adminExit, adminOutput) = await CliProcess.RunAsync(["keys", "create", "--role", "admin", "--program", "demo", .. OnTheDatabase(settings)]);
        var (roleExit, roleOutput) = await CliProcess.RunAsync(["keys", "create", "--role", "owner", .. OnTheDatabase(settings)]);

        Assert.Equal(2, exit);
        Assert.Contains("--store: a cashier key needs the id of an existing store", output, StringComparison.Ordinal);
        Assert.Equal(2, adminExit);
        Assert.Contains("--program: admin keys are for every program", adminOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, roleExit);
        Assert.Contains("owner", roleOutput, StringComparison.Ordinal);
        await using var connection = await service.Database().OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM api_keys"));
    }

    [Fact]
    public async Task ThroughTheServiceACashierKeyIsCreatedListedAndRevoked()
    {
        await using var service = await ServiceHost.StartAsync();
        string[] viaService = ["--url", service.BaseAddress.ToString(), "--key", SampleSettings.AdminKey];

        var (exit, output) = await CliProcess.RunAsync(["keys", "create", "--role", "cashier", "--store", "maple-street", "--name", "Till 7", "--quiet", .. viaService]);
        Assert.True(exit == 0, output);
        var cashier = output.Trim();
        Assert.StartsWith("wl_", cashier, StringComparison.Ordinal);

        var (listExit, list) = await CliProcess.RunAsync(["keys", "list", .. viaService]);
        Assert.True(listExit == 0, list);
        Assert.Contains("Till 7", list, StringComparison.Ordinal);
        Assert.Contains("maple-street", list, StringComparison.Ordinal);
        Assert.DoesNotContain(cashier, list, StringComparison.Ordinal);
        await using var connection = await service.Database().OpenAsync();
        var id = await connection.ExecuteScalarAsync<long>("SELECT id FROM api_keys WHERE name = 'Till 7'");

        // Not used before it is revoked: the service keeps a key it has seen for up to 30 s.
        var (revokeExit, revoked) = await CliProcess.RunAsync(["keys", "revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture), .. viaService]);
        Assert.True(revokeExit == 0, revoked);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithKeyAsync(service, "/api/v1/till/me", cashier));
        var (againExit, again) = await CliProcess.RunAsync(["keys", "revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture), .. viaService]);
        Assert.Equal(2, againExit);
        Assert.Contains($"no active key {id}", again, StringComparison.Ordinal);

        var (wrongKeyExit, wrongKey) = await CliProcess.RunAsync(["keys", "list", "--url", service.BaseAddress.ToString(), "--key", "wl_nope"]);
        Assert.Equal(2, wrongKeyExit);
        Assert.Contains("401", wrongKey, StringComparison.Ordinal);
    }
}
