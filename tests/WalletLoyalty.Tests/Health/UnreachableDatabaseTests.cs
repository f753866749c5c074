using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Data;
using WalletLoyalty.Server.Health;

namespace WalletLoyalty.Tests.Health;

/// <summary>The health endpoints alone, over a database that refuses every connection.</summary>
public sealed class UnreachableDatabaseTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // A real PostgreSQL client aimed at a loopback port where nothing listens: every connection is refused.
        builder.Services.AddSingleton<IDatabase>(new PostgresDatabase("Host=127.0.0.1;Port=1;Database=walletloyalty;Username=walletloyalty;Timeout=3"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddQuartz();
        builder.Services.Configure<CampaignOptions>(o => o.SchedulerEnabled = false);
        builder.Services.AddHealth(builder.Configuration);
        _app = builder.Build();
        _app.MapHealthApi();
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    [Fact]
    public async Task ReadinessAnswers503NamingTheDatabaseWhileLivenessStaysOk()
    {
        var (status, body) = await ReadinessTests.ReadyAsync(_client);
        using var liveness = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var database = ReadinessTests.Check(body, "database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.Equal("does not answer (NpgsqlException)", database.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
