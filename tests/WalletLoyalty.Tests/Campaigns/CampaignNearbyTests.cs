using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>The geofence trigger: the app reports a position, and near a store of an open location campaign the member's app gets its push once.</summary>
[Trait("Category", "Database")]
public sealed class CampaignNearbyTests
{
    // Maple Street (52.5208, 13.4095) and about 60 m north of it; the campaigns' radius is 150 m.
    private static readonly (double Latitude, double Longitude) NearMapleStreet = (52.5213, 13.4095);
    private static readonly (double Latitude, double Longitude) FarAway = (52.40, 13.40);

    [Fact]
    public async Task AnAppNearAStoreGetsTheCampaignOnceWhileItsWindowIsOpen()
    {
        await using var google = await GoogleServiceRig.StartAsync();
        await using var service = await ServiceHost.StartAsync(settings =>
        {
            google.Configure(settings);
            CampaignTemplates.Use(settings, maxPerMemberPerWeek: 1);
        });
        using var marketer = await CampaignClient.ForAsync(service);
        var members = await MemberRows.InsertAsync(service.Database(),
        [
            new MemberRow { Name = "Ada Lovelace", Points = 120, App = true },
            new MemberRow { Name = "Bo", App = true },
            new MemberRow { Name = "Cy", Tier = "Silver", App = true },
            new MemberRow { Name = "Dee", Tier = "Gold", App = true },
        ]);
        var (ada, bo, capped, outsider) = (members[0], members[1], members[2], members[3]);

        // Cy's one message of the week goes to an earlier campaign, so the location campaign skips Cy for the cap.
        var earlier = CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(4), "Silver news");
        earlier["audience"] = new { tiers = new[] { "Silver" } };
        earlier["channels"] = new[] { "app" };
        await marketer.WaitForStatusAsync(await marketer.CreateAndScheduleAsync(earlier), "completed");
        await google.Fcm.WaitForMessagesAsync(1, TimeSpan.FromSeconds(20));

        var location = CampaignClient.Location(DateTimeOffset.UtcNow.AddSeconds(4), DateTimeOffset.UtcNow.AddSeconds(30));
        location["audience"] = new { tiers = new[] { "Bronze", "Silver" } };
        location["channels"] = new[] { "app" };
        var id = await marketer.CreateAndScheduleAsync(location);
        await google.Fcm.WaitForMessagesAsync(3, TimeSpan.FromSeconds(20));
        var told = google.Fcm.AcceptedMessages.Skip(1).ToList();
        Assert.Equal(new[] { ada.FcmToken, bo.FcmToken }.Order(), told.Select(m => (string?)m["token"]).Order());
        Assert.All(told, m => Assert.Null(m["notification"]));

        Assert.Empty(await ReportAsync(service, ada, FarAway));
        // Two reports at once (the app on two threads, or a retry): one push.
        var near = await Task.WhenAll(ReportAsync(service, ada, NearMapleStreet), ReportAsync(service, ada, NearMapleStreet));
        var pushed = Assert.Single(near.SelectMany(p => p));
        Assert.Equal(id, pushed.GetProperty("campaignId").GetInt64());
        Assert.Equal("maple-street", pushed.GetProperty("storeId").GetString());

        await google.Fcm.WaitForMessagesAsync(4, TimeSpan.FromSeconds(20));
        var push = google.Fcm.AcceptedMessages[3];
        Assert.Equal(ada.FcmToken, (string?)push["token"]);
        Assert.Equal("Hello Ada", (string?)push["notification"]!["title"]);
        Assert.Equal("You have 120 points (Bronze).", (string?)push["notification"]!["body"]);
        Assert.Equal("nearby", (string?)push["data"]!["kind"]);
        Assert.Equal("maple-street", (string?)push["data"]!["storeId"]);

        Assert.Empty(await ReportAsync(service, ada, NearMapleStreet));
        Assert.Empty(await ReportAsync(service, capped, NearMapleStreet));
        Assert.Empty(await ReportAsync(service, outsider, NearMapleStreet));
        Assert.Equal(1, (await marketer.ResultsAsync(id)).GetProperty("nearbyPushes").GetInt64());

        // Bo walks by only after the window has closed.
        await marketer.WaitForStatusAsync(id, "completed");
        Assert.Empty(await ReportAsync(service, bo, NearMapleStreet));
        await service.WaitUntilOutboxDrainedAsync();
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM outbox WHERE channel = 'fcm' AND status <> 'sent'"));
        Assert.Equal(4, google.Fcm.AcceptedMessages.Count);
    }

    [Fact]
    public async Task AReportNeedsTheMembersPassTokenAndAPosition()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var members = await MemberRows.InsertAsync(service.Database(), [new MemberRow { App = true }, new MemberRow { App = true }]);
        var path = $"/api/v1/members/{members[0].Id}/location";

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(service, path, null, """{"latitude":52.5,"longitude":13.4}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(service, path, members[1].PassToken, """{"latitude":52.5,"longitude":13.4}"""));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(service, path, members[0].PassToken, """{"latitude":91,"longitude":13.4}"""));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(service, path, members[0].PassToken, """{"longitude":13.4}"""));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(service, path, members[0].PassToken, """{"latitude":"north","longitude":13.4}"""));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(service, path, members[0].PassToken, "{"));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(service, path, members[0].PassToken, """{"latitude":52.5,"longitude":13.4}"""));
    }

    private static async Task<IReadOnlyList<JsonElement>> ReportAsync(ServiceHost service, InsertedMember member, (double Latitude, double Longitude) at)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/members/{member.Id}/location")
        {
            Content = JsonContent.Create(new { latitude = at.Latitude, longitude = at.Longitude }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Pass", member.PassToken);
        using var response = await service.Client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("pushed").EnumerateArray().ToList();
    }

    private static async Task<HttpStatusCode> PostAsync(ServiceHost service, string path, string? passToken, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (passToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Pass", passToken);
        }
        using var response = await service.Client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        return response.StatusCode;
    }
}
