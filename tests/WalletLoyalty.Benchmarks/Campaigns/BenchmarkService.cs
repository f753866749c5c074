using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Data;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>The whole service in this process, on a fresh database, with the demo program and no quiet hours.</summary>
public sealed class BenchmarkService(WebApplication app) : IAsyncDisposable
{
    public IServiceProvider Services => app.Services;
    public IDatabase Database => app.Services.GetRequiredService<IDatabase>();

    public static async Task<BenchmarkService> StartAsync(int batchSize)
    {
        var root = FindRoot();
        var data = Directory.CreateTempSubdirectory("walletloyalty-bench-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage:Path"] = Path.Combine(data, "walletloyalty.db"),
            ["Templates:Path"] = Templates(root, data),
            ["Apple:CertificatePath"] = Path.Combine(root, "certs-sample", "pass-certificate.p12"),
            ["Apple:CertificatePassword"] = "test-only",
            ["Apple:WwdrCertificatePath"] = Path.Combine(root, "certs-sample", "test-wwdr-g4.pem"),
            ["Push:DispatcherEnabled"] = "false",
            ["Campaigns:SchedulerEnabled"] = "false",
            ["Campaigns:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var app = WalletLoyaltyApp.Build([], builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        return new BenchmarkService(app);
    }

    /// <summary>A campaign to every member on every channel, in status scheduled, as if its trigger were about to fire.</summary>
    public async Task<long> ScheduledCampaignAsync(bool withCoupon)
    {
        var store = Services.GetRequiredService<CampaignStore>();
        var campaign = await store.CreateAsync(new CampaignDraft
        {
            ProgramId = "demo",
            Name = "Benchmark",
            Audience = new AudienceFilter { HoldOutPercent = 10 },
            Message = new CampaignMessage { Title = "Hello {firstName}", Body = "You have {points} points ({tier})." },
            Coupon = withCoupon ? new CampaignCoupon { Title = "20 % off", ValidDays = 7 } : null,
            Channels = [.. WalletLoyalty.Campaigns.Channels.All],
            Trigger = new CampaignTrigger { Type = TriggerTypes.Once, At = "2030-01-01T10:00" },
        }, CancellationToken.None);
        await store.TransitionAsync(campaign.Id, [CampaignStatus.Draft], CampaignStatus.Scheduled, CancellationToken.None);
        return campaign.Id;
    }

    public async Task<long> CountAsync(string sql, object parameters)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private static string Templates(string root, string data)
    {
        var target = Path.Combine(data, "templates", "demo");
        var source = Path.Combine(root, "templates", "demo");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        var program = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "program.json")), documentOptions: new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        })!;
        program["campaigns"] = new JsonObject { ["maxPerMemberPerWeek"] = 3, ["quietHours"] = null };
        File.WriteAllText(Path.Combine(target, "program.json"), program.ToJsonString());
        return Path.GetDirectoryName(target)!;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WalletLoyalty.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository (WalletLoyalty.sln not found)");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
