using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Programs;

/// <summary>The programs and stores tables follow the template folders: a sync brings changed rows back in line without adding any.</summary>
[Trait("Category", "Database")]
public sealed class ProgramSyncTests
{
    [Fact]
    public async Task ASyncRewritesProgramAndStoreRowsFromTheTemplates()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var catalog = service.Services.GetRequiredService<ProgramCatalog>();
        var demo = catalog.Find("demo")!;
        await using (var connection = await service.Database().OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE programs SET name = 'Old name', template_hash = 'old' WHERE id = 'demo'");
            await connection.ExecuteAsync("UPDATE stores SET name = 'Old store', latitude = NULL WHERE program_id = 'demo'");
        }

        await service.Services.GetRequiredService<ProgramSync>().SyncAsync(catalog);

        Assert.Equal([(demo.Template.Name, demo.TemplateHash)],
            await service.QueryAsync<(string, string)>("SELECT name, template_hash FROM programs WHERE id = 'demo'"));
        Assert.NotEmpty(demo.Template.Stores);
        var stores = await service.QueryAsync<(string Id, string Name, double? Latitude, double? Longitude)>(
            "SELECT id, name, latitude, longitude FROM stores WHERE program_id = 'demo'");
        Assert.Equal(demo.Template.Stores.Select(s => (s.Id, s.Name, s.Latitude, s.Longitude)).OrderBy(s => s.Id, StringComparer.Ordinal),
            stores.OrderBy(s => s.Id, StringComparer.Ordinal));
    }
}
