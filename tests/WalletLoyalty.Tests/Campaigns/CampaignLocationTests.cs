using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>Location campaigns: for their window, store cards point at the program's stores with the campaign's text.</summary>
public sealed class CampaignLocationTests
{
    [Fact]
    public async Task CardsPointAtTheStoresForTheWindowOnly()
    {
        await using var rig = await PushRig.StartAsync();
        await using var service = await ServiceHost.StartAsync(settings =>
        {
            rig.Configure(settings);
            CampaignTemplates.Use(settings);
        });
        using var marketer = await CampaignClient.ForAsync(service);
        var device = new AppleDevice(service.Client);
        var card = await device.AddFromJoinLinkAsync("/join/demo/apple?name=Sam");
        (await device.RegisterAsync(card)).Dispose();
        await device.UpdatedSerialsAsync();
        var members = await MemberRows.InsertAsync(service.Database(), [new MemberRow { App = true }, new MemberRow { Google = true }]);

        var id = await marketer.CreateAndScheduleAsync(CampaignClient.Location(DateTimeOffset.UtcNow.AddSeconds(3), DateTimeOffset.UtcNow.AddSeconds(12)));
        await rig.Apns.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(20));

        Assert.Equal([card.SerialNumber], await device.UpdatedSerialsAsync());
        var during = await FetchAsync(device, card);
        var locations = during.PassJson.GetProperty("locations").EnumerateArray().ToList();
        Assert.Equal(2, locations.Count);
        Assert.All(locations, l => Assert.Equal("Lunch offer at Maple Street", l.GetProperty("relevantText").GetString()));
        Assert.Equal(52.5208, locations[0].GetProperty("latitude").GetDouble());
        Assert.Equal(150, during.PassJson.GetProperty("maxDistance").GetInt32());
        Assert.Equal("sending", await marketer.StatusAsync(id));
        var outbox = await service.QueryAsync<(string Channel, string Target, string? Payload)>(
            "SELECT channel, target, payload FROM outbox WHERE campaign_id = @id AND channel <> 'apns'", new { id });
        var fcm = Assert.Single(outbox);
        Assert.Equal(members[0].FcmToken, fcm.Target);
        Assert.Equal("location", JsonDocument.Parse(fcm.Payload!).RootElement.GetProperty("data").GetProperty("kind").GetString());

        await marketer.WaitForStatusAsync(id, "completed");
        await rig.Apns.WaitForDeliveriesAsync(2, TimeSpan.FromSeconds(20));

        Assert.Equal([card.SerialNumber], await device.UpdatedSerialsAsync());
        Assert.False((await FetchAsync(device, card)).PassJson.TryGetProperty("locations", out _));
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM member_locations"));
    }

    [Fact]
    public async Task AWindowInsideQuietHoursIsSkippedAndCounted()
    {
        await using var service = await ServiceHost.StartAsync(settings =>
        {
            CampaignTemplates.Use(settings, quietHours: CampaignTemplates.QuietNow());
            settings["Push:DispatcherEnabled"] = "false";
        });
        using var marketer = await CampaignClient.ForAsync(service);
        await MemberRows.InsertAsync(service.Database(), [new MemberRow { Apple = true, App = true }]);

        var id = await marketer.CreateAndScheduleAsync(CampaignClient.Location(DateTimeOffset.UtcNow.AddSeconds(3), DateTimeOffset.UtcNow.AddSeconds(8)));
        await marketer.WaitForStatusAsync(id, "completed");

        var channels = (await marketer.ResultsAsync(id)).GetProperty("channels");
        Assert.Equal(1, channels.GetProperty("apple").GetProperty("skipped").GetProperty("quietHours").GetInt64());
        Assert.Equal(1, channels.GetProperty("app").GetProperty("skipped").GetProperty("quietHours").GetInt64());
        Assert.Equal(0, channels.GetProperty("apple").GetProperty("sent").GetInt64());
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM outbox WHERE campaign_id = @id", new { id }));
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM member_locations"));
    }

    private static async Task<PkPassFile> FetchAsync(AppleDevice device, PkPassFile card)
    {
        using var response = await device.FetchPassAsync(card);
        response.EnsureSuccessStatusCode();
        return new PkPassFile(await response.Content.ReadAsByteArrayAsync());
    }
}
