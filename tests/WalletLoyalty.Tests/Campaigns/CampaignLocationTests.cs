using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>Location campaigns: for their window, store cards point at the program's stores with the campaign's text.</summary>
[Trait("Category", "Database")]
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
        var card = await device.AddFromLandingPageAsync("/join/demo", "Sam", marketingConsent: true);
        (await device.RegisterAsync(card)).Dispose();
        await device.UpdatedSerialsAsync();
        var members = await MemberRows.InsertAsync(service.Database(), [new MemberRow { App = true }, new MemberRow { Google = true }]);

        var id = await marketer.CreateAndScheduleAsync(CampaignClient.Location(DateTimeOffset.UtcNow.AddSeconds(4), DateTimeOffset.UtcNow.AddSeconds(25)));
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
        // The app is told quietly which stores to watch; it shows the message only near one (CampaignNearbyTests).
        var told = JsonDocument.Parse(fcm.Payload!).RootElement;
        Assert.False(told.TryGetProperty("title", out _));
        Assert.Equal("location", told.GetProperty("data").GetProperty("kind").GetString());
        var watched = JsonDocument.Parse(told.GetProperty("data").GetProperty("stores").GetString()!).RootElement;
        Assert.Equal(["maple-street", "station"], watched.EnumerateArray().Select(s => s.GetProperty("id").GetString()));

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

        var id = await marketer.CreateAndScheduleAsync(CampaignClient.Location(DateTimeOffset.UtcNow.AddSeconds(4), DateTimeOffset.UtcNow.AddSeconds(10)));
        await marketer.WaitForStatusAsync(id, "completed");

        var channels = (await marketer.ResultsAsync(id)).GetProperty("channels");
        Assert.Equal(1, channels.GetProperty("apple").GetProperty("skipped").GetProperty("quietHours").GetInt64());
        Assert.Equal(1, channels.GetProperty("app").GetProperty("skipped").GetProperty("quietHours").GetInt64());
        Assert.Equal(0, channels.GetProperty("apple").GetProperty("sent").GetInt64());
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM outbox WHERE campaign_id = @id", new { id }));
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM member_locations"));
    }

    [Fact]
    public async Task CardsListTheTenStoresNearestTheMembersHomeStore()
    {
        // Thirteen stores on one street, about 680 m apart: the template's order would list s00 to s09.
        var stores = Enumerable.Range(0, 13).Select(i => new TestStore($"s{i:D2}", 52.5, 13.3 + i * 0.01)).ToList();
        await using var service = await ServiceHost.StartAsync(settings =>
        {
            CampaignTemplates.Use(settings, stores: stores);
            settings["Push:DispatcherEnabled"] = "false";
        });
        using var marketer = await CampaignClient.ForAsync(service);
        var scanned = await MemberRows.InsertAsync(service.Database(), [new MemberRow { Apple = true, Source = "s08" }]);
        var joinedAtS08 = scanned[0];
        var regular = (await MemberRows.InsertAsync(service.Database(), [new MemberRow { Apple = true, App = true }]))[0];
        // The regular shops at s12 most, once at s00 more recently; the other has never been scanned and joined from s08's flyer.
        await EarnAsync(service, regular, "s12", "r-1");
        await EarnAsync(service, regular, "s12", "r-2");
        await EarnAsync(service, regular, "s00", "r-3");

        var id = await marketer.CreateAndScheduleAsync(CampaignClient.Location(DateTimeOffset.UtcNow.AddSeconds(4), DateTimeOffset.UtcNow.AddMinutes(5)));
        await Eventually.TrueAsync(async () => await service.CountAsync("SELECT COUNT(*) FROM member_locations") == 2, "both cards carry the window");

        var regularStores = StoreIds(await FetchAsync(service, regular), stores);
        Assert.Equal(["s12", "s11", "s10", "s09", "s08", "s07", "s06", "s05", "s04", "s03"], regularStores);
        // The regular's app is told to watch the same stores as their card.
        var told = (await service.QueryAsync<string>("SELECT payload FROM outbox WHERE campaign_id = @id AND channel = 'fcm'", new { id })).Single();
        var watched = JsonDocument.Parse(JsonDocument.Parse(told).RootElement.GetProperty("data").GetProperty("stores").GetString()!).RootElement;
        Assert.Equal(regularStores, watched.EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
        var flyerStores = StoreIds(await FetchAsync(service, joinedAtS08), stores);
        Assert.Equal("s08", flyerStores[0]);
        Assert.Equal(["s03", "s04", "s05", "s06", "s07", "s08", "s09", "s10", "s11", "s12"], flyerStores.Order());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await marketer.ActAsync(id, "cancel")).Status);
    }

    private static async Task EarnAsync(ServiceHost service, InsertedMember member, string storeId, string receipt)
    {
        using var cashier = await TillClient.WithNewKeyAsync(service, "cashier", storeId, "demo");
        var code = (await service.QueryAsync<string>("SELECT member_code FROM members WHERE id = @Id", new { member.Id })).Single();
        var (response, body) = await cashier.EarnAsync(code, 500, receipt);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
    }

    /// <summary>The card's locations, as the ids of the stores standing there, in the card's order.</summary>
    private static List<string> StoreIds(PkPassFile card, IReadOnlyList<TestStore> stores) =>
        card.PassJson.GetProperty("locations").EnumerateArray()
            .Select(l => stores.Single(s => s.Latitude == l.GetProperty("latitude").GetDouble() && s.Longitude == l.GetProperty("longitude").GetDouble()).Id)
            .ToList();

    private static async Task<PkPassFile> FetchAsync(ServiceHost service, InsertedMember member)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/apple/v1/passes/{SampleSettings.PassTypeIdentifier}/{member.Serial}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApplePass", member.PassToken);
        using var response = await service.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return new PkPassFile(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<PkPassFile> FetchAsync(AppleDevice device, PkPassFile card)
    {
        using var response = await device.FetchPassAsync(card);
        response.EnsureSuccessStatusCode();
        return new PkPassFile(await response.Content.ReadAsByteArrayAsync());
    }
}
