using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Reports;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Reports;

[Trait("Category", "Database")]
public sealed class InstallsReportTests
{
    [Fact]
    public async Task InstallsAreCountedPerPlatformAndFlyerSource()
    {
        await using var google = await GoogleServiceRig.StartAsync();
        await using var service = await ServiceHost.StartAsync(google.Configure);
        var device = new AppleDevice(service.Client);
        var pass = await device.AddFromLandingPageAsync("/join/demo?src=flyer-x");
        (await device.RegisterAsync(pass)).Dispose();
        using var joined = await service.Client.GetAsync(await Shoppers.WalletLinkAsync(service.Client, "/join/demo?src=flyer-x", "google"));
        var objectId = SaveJwt.VerifiedClaims(joined.Headers.Location!.ToString(), google.Account.PublicKey)
            .GetProperty("payload").GetProperty("loyaltyObjects")[0].GetProperty("id").GetString()!;
        (await service.Client.PostAsync("/google/callbacks", new StringContent(
            google.Signer.SignCallback(GoogleServiceRig.IssuerId, $"{GoogleServiceRig.IssuerId}.demo", objectId)))).Dispose();
        using var marketer = await TillClient.WithNewKeyAsync(service, "marketer");

        using var response = await marketer.GetAsync("/api/v1/programs/demo/installs");
        var flyer = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(r => r.GetProperty("source").GetString() == "flyer-x");

        Assert.Equal(2, flyer.GetProperty("members").GetInt64());
        Assert.Equal(1, flyer.GetProperty("apple").GetProperty("installs").GetInt64());
        Assert.Equal(1, flyer.GetProperty("google").GetProperty("installs").GetInt64());
    }

    [Fact]
    public async Task ACardOnSeveralPhonesOrRemovedAndAddedAgainIsOneInstall()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var phone = new AppleDevice(service.Client);
        var pass = await phone.AddFromLandingPageAsync("/join/demo?src=flyer-y");
        foreach (var device in new[] { phone, new AppleDevice(service.Client), new AppleDevice(service.Client) })
        {
            (await device.RegisterAsync(pass)).Dispose();
        }
        (await phone.UnregisterAsync(pass)).Dispose();
        (await phone.RegisterAsync(pass)).Dispose();

        var report = await service.Services.GetRequiredService<InstallsReport>().PerSourceAsync("demo", CancellationToken.None);

        Assert.Equal(new SourceInstalls("flyer-y", 1, new WalletInstalls(1, 1), new WalletInstalls(0, 0)), report.Single(r => r.Source == "flyer-y"));
    }

    [Fact]
    public async Task EachSourceCountsItsMembersAndTheProgramsWalletEventsAlone()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var database = service.Database();
        var members = await MemberRows.InsertAsync(database,
            [new MemberRow { Source = "flyer-a" }, new MemberRow { Source = "flyer-a" }, new MemberRow { Source = "flyer-b" }, new MemberRow()]);
        await using (var connection = await database.OpenAsync())
        {
            // Two cards of flyer-a installed, so the source counts two installs (a card counts once however often).
            foreach (var (program, platform, kind, source, member) in new (string, string, string, string?, int)[]
            {
                ("demo", "apple", "install", "flyer-a", 0), ("demo", "apple", "install", "flyer-a", 1), ("demo", "apple", "uninstall", "flyer-a", 0),
                ("demo", "google", "install", "flyer-a", 0), ("demo", "google", "uninstall", null, 0), ("demo", "apple", "install", "flyer-c", 0),
                ("other", "apple", "install", "flyer-a", 0), ("other", "google", "install", "flyer-d", 0),
            })
            {
                var passId = await connection.ExecuteScalarAsync<long>("SELECT id FROM passes WHERE member_id = @Id", members[member]);
                await connection.ExecuteAsync(
                    "INSERT INTO wallet_events (program_id, pass_id, platform, kind, source, occurred_at) VALUES (@program, @passId, @platform, @kind, @source, @now)",
                    new { program, passId, platform, kind, source, now = DateTimeOffset.UtcNow });
            }
        }

        var report = await service.Services.GetRequiredService<InstallsReport>().PerSourceAsync("demo", CancellationToken.None);

        Assert.Equal(
        [
            new SourceInstalls(null, 1, new WalletInstalls(0, 0), new WalletInstalls(0, 1)),
            new SourceInstalls("flyer-a", 2, new WalletInstalls(2, 1), new WalletInstalls(1, 0)),
            new SourceInstalls("flyer-b", 1, new WalletInstalls(0, 0), new WalletInstalls(0, 0)),
            new SourceInstalls("flyer-c", 0, new WalletInstalls(1, 0), new WalletInstalls(0, 0)),
        ], report);
    }
}
