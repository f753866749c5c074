using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Campaigns;

/// <summary>A scheduled campaign, from its trigger through the outbox to each channel.</summary>
[Trait("Category", "Database")]
public sealed class CampaignDeliveryTests : IAsyncLifetime
{
    private PushRig _rig = null!;
    private ServiceHost _service = null!;
    private CampaignClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _rig = await PushRig.StartAsync();
        _service = await ServiceHost.StartAsync(settings =>
        {
            _rig.Configure(settings);
            CampaignTemplates.Use(settings);
            settings["PublicBaseUrl"] = "https://loyalty.example.com";
        });
        _marketer = await CampaignClient.ForAsync(_service);
    }

    public async Task DisposeAsync()
    {
        _marketer.Dispose();
        await _service.DisposeAsync();
        await _rig.DisposeAsync();
    }

    [Fact]
    public async Task ACampaignScheduledSecondsAheadIsSentToExactlyItsAudienceOnEachChannel()
    {
        var device = new AppleDevice(_service.Client);
        var card = await device.AddFromLandingPageAsync("/join/demo?src=flyer-a", "Sam Lee", marketingConsent: true);
        (await device.RegisterAsync(card)).Dispose();
        await device.UpdatedSerialsAsync();
        var members = await MemberRows.InsertAsync(_service.Database(),
        [
            new MemberRow { Name = "Ada", Points = 120, Source = "flyer-a", App = true },
            new MemberRow { Name = "Grace", Source = "flyer-a", Google = true },
            new MemberRow { Name = "Outsider", Source = "flyer-b", Apple = true, Google = true, App = true },
        ]);
        var body = CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(4));
        body["audience"] = new { sources = new[] { "flyer-a" } };
        body["coupon"] = new { title = "20 % off", description = "One purchase", validDays = 7 };

        var id = await _marketer.CreateAndScheduleAsync(body);
        await _marketer.WaitForStatusAsync(id, "completed");

        var outbox = await _service.QueryAsync<(string Channel, string Target, string? Payload)>(
            "SELECT channel, target, payload FROM outbox WHERE campaign_id = @id ORDER BY channel", new { id });
        Assert.Equal(["apns", "fcm", "google-message"], outbox.Select(o => o.Channel));
        Assert.Equal(device.PushToken, outbox[0].Target);
        Assert.Equal(members[0].FcmToken, outbox[1].Target);
        var fcm = JsonDocument.Parse(outbox[1].Payload!).RootElement;
        Assert.Equal("Hello Ada", fcm.GetProperty("title").GetString());
        Assert.Equal("You have 120 points (Bronze).", fcm.GetProperty("body").GetString());
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), fcm.GetProperty("data").GetProperty("campaignId").GetString());
        var coupons = await _service.QueryAsync<(long MemberId, string Code)>("SELECT member_id, code FROM coupons WHERE campaign_id = @id", new { id });
        Assert.Equal(coupons.Single(c => c.MemberId == members[0].Id).Code, fcm.GetProperty("data").GetProperty("couponCode").GetString());
        Assert.Equal(members[1].GoogleObject, outbox[2].Target);
        var google = JsonDocument.Parse(outbox[2].Payload!).RootElement;
        Assert.Equal("Hello Grace", google.GetProperty("header").GetString());
        Assert.Equal($"You have 0 points (Bronze).\nhttps://loyalty.example.com/coupons/{coupons.Single(c => c.MemberId == members[1].Id).Code}/google",
            google.GetProperty("body").GetString());
        Assert.StartsWith($"campaign-{id}-", google.GetProperty("id").GetString());
        Assert.Equal(3, coupons.Count);
        Assert.Equal(0, await _service.CountAsync(
            "SELECT COUNT(*) FROM outbox WHERE target = @a OR target = @b", new { a = members[2].GoogleObject, b = members[2].FcmToken }));

        await _rig.Apns.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(20));
        Assert.Equal([card.SerialNumber], await device.UpdatedSerialsAsync());
        using var fetched = await device.FetchPassAsync(card);
        var offer = new PkPassFile(await fetched.Content.ReadAsByteArrayAsync()).Field("offer");
        var cardMember = await _service.QueryAsync<long>("SELECT member_id FROM passes WHERE serial_number = @SerialNumber", card);
        Assert.Equal($"Hello Sam: You have 0 points (Bronze).\nhttps://loyalty.example.com/coupons/{coupons.Single(c => c.MemberId == cardMember[0]).Code}/apple",
            offer.GetProperty("value").GetString());
        Assert.Equal("%@", offer.GetProperty("changeMessage").GetString());
    }

    [Fact]
    public async Task AMemberWhoJoinedInPolishGetsThePolishMessageAndOthersTheEnglishOne()
    {
        var device = new AppleDevice(_service.Client);
        var card = await device.AddFromLandingPageAsync("/join/demo?src=flyer-a&lang=pl", "Ola", marketingConsent: true);
        (await device.RegisterAsync(card)).Dispose();
        await device.UpdatedSerialsAsync();
        var members = await MemberRows.InsertAsync(_service.Database(),
        [
            new MemberRow { Name = "Kasia", Points = 1234, Source = "flyer-a", App = true },
            new MemberRow { Name = "Ada", Points = 120, Source = "flyer-a", App = true },
        ]);
        await using (var connection = await _service.Database().OpenAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE members SET language = 'pl' WHERE id = @Id", new { members[0].Id });
        }
        var body = CampaignClient.Once(DateTimeOffset.UtcNow.AddSeconds(4));
        body["audience"] = new { sources = new[] { "flyer-a" } };
        body["message"] = new
        {
            title = "Hello {firstName}",
            body = "You have {points} points ({tier}).",
            translations = new Dictionary<string, object> { ["pl"] = new { title = "Cześć {firstName}", body = "Masz {points} pkt (poziom {tier})." } },
        };

        var id = await _marketer.CreateAndScheduleAsync(body);
        await _marketer.WaitForStatusAsync(id, "completed");

        var pushes = (await _service.QueryAsync<(string Target, string Payload)>(
                "SELECT target, payload FROM outbox WHERE campaign_id = @id AND channel = 'fcm'", new { id }))
            .ToDictionary(p => p.Target, p => JsonDocument.Parse(p.Payload).RootElement);
        Assert.Equal("Cześć Kasia", pushes[members[0].FcmToken!].GetProperty("title").GetString());
        Assert.Equal("Masz 1\u00a0234 pkt (poziom Brązowy).", pushes[members[0].FcmToken!].GetProperty("body").GetString());
        Assert.Equal("Hello Ada", pushes[members[1].FcmToken!].GetProperty("title").GetString());
        await _rig.Apns.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(20));
        using var fetched = await device.FetchPassAsync(card);
        var offer = new PkPassFile(await fetched.Content.ReadAsByteArrayAsync()).Field("offer");
        Assert.Equal("Cześć Ola: Masz 0 pkt (poziom Brązowy).", offer.GetProperty("value").GetString());
    }
}
