using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Storage;

/// <summary>Nodes on one PostgreSQL share its schema and its data-protection key ring.</summary>
[Trait("Category", "Database")]
public sealed class SharedDatabaseTests
{
    [PostgresFact]
    public async Task NodesStartingAtTheSameMomentApplyEachMigrationOnce()
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("migrations-at-once-").FullName);
        var nodes = Enumerable.Range(0, 4).Select(_ => (PostgresDatabase)TestEngine.Open(settings)).ToList();

        var applied = await Task.WhenAll(nodes.Select(node => new MigrationRunner(node, NullLogger<MigrationRunner>.Instance).ApplyAsync()));

        var scripts = MigrationRunner.Scripts("Postgres");
        Assert.Equal(scripts.Count, applied.Sum());
        await using var connection = await nodes[0].OpenAsync();
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(scripts.Select(s => s.Version), versions);
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task AJoinCookieOneNodeMadeIsReadByTheOther()
    {
        var data = Directory.CreateTempSubdirectory("shared-key-ring-").FullName;
        await using var first = await ServiceHost.StartAsync(dataDirectory: data);
        await using var second = await ServiceHost.StartAsync(dataDirectory: data);

        var link = await Shoppers.WalletLinkAsync(first.Client, "/join/demo");
        using var tap = await first.Client.GetAsync(link);
        var cookie = tap.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var again = new HttpRequestMessage(HttpMethod.Get, link);
        again.Headers.Add("Cookie", cookie);
        using var secondTap = await second.Client.SendAsync(again);

        var firstPass = new PkPassFile(await tap.Content.ReadAsByteArrayAsync());
        var secondPass = new PkPassFile(await secondTap.Content.ReadAsByteArrayAsync());
        Assert.Equal(firstPass.SerialNumber, secondPass.SerialNumber);
        Assert.Equal(1, await second.CountAsync("SELECT COUNT(*) FROM members"));
    }
}
