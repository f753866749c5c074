using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WalletLoyalty.Tests.Support;

/// <summary>Whoever may knock: holders of API keys, and the brand's app or Wallet showing a pass's token.</summary>
public enum Caller
{
    NoKey,
    WrongKey,
    Cashier,
    CashierOfAnotherStore,
    CashierOfAnotherProgram,
    Marketer,
    MarketerOfAnotherProgram,
    Admin,
    ThisPass,
    AnotherPass,
    CouponPass,
}

/// <summary>
/// Two programs ("demo", "other", both with the stores maple-street and station), a key for every kind of caller,
/// and the things the routes are called about: a member of demo with a store card and a coupon pass, another
/// member, a spare coupon, a draft campaign, a credited receipt, a spare key, and two webhook endpoints (one with a delivery).
/// </summary>
public sealed class AccessScenario : IAsyncDisposable
{
    public const string WrongKey = "wl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private readonly Dictionary<Caller, string> _keys = [];

    private AccessScenario(ServiceHost service) => Service = service;

    public ServiceHost Service { get; }
    public string MemberCode { get; private set; } = "";
    public long MemberId { get; private set; }

    /// <summary>A member for the routes that void their card or erase them.</summary>
    public long CaredMemberId { get; private set; }
    public PkPassFile Card { get; private set; } = null!;
    public PkPassFile OtherMembersCard { get; private set; } = null!;
    public PkPassFile CouponPass { get; private set; } = null!;
    public string CouponCode { get; private set; } = "";
    public string SpareCouponCode { get; private set; } = "";
    public long WithdrawnCouponId { get; private set; }
    public long CampaignId { get; private set; }
    public long ImportId { get; private set; }
    public long SpareKeyId { get; private set; }
    public long WebhookId { get; private set; }
    public long SpareWebhookId { get; private set; }
    public long WebhookDeliveryId { get; private set; }

    /// <summary>Nothing listens there: the matrix's deliveries fail and wait for their retries.</summary>
    public const string WebhookUrl = "https://127.0.0.1:9/hooks";
    public string Receipt { get; } = "R-matrix";

    public static async Task<AccessScenario> StartAsync()
    {
        var scenario = new AccessScenario(await ServiceHost.StartAsync(s => CampaignTemplates.Use(s, secondProgram: true)));
        await scenario.BuildAsync();
        return scenario;
    }

    /// <summary>The API key a caller sends as "Authorization: Bearer", or null for those who send none.</summary>
    public string? KeyOf(Caller caller) => caller == Caller.WrongKey ? WrongKey : _keys.GetValueOrDefault(caller);

    /// <summary>The pass token a caller shows, for the callers that are a pass.</summary>
    public string? PassTokenOf(Caller caller) => caller switch
    {
        Caller.ThisPass => Card.AuthenticationToken,
        Caller.AnotherPass => OtherMembersCard.AuthenticationToken,
        Caller.CouponPass => CouponPass.AuthenticationToken,
        _ => null,
    };

    private async Task BuildAsync()
    {
        _keys[Caller.Admin] = await NewKeyAsync(new { role = "admin" });
        _keys[Caller.Cashier] = await NewKeyAsync(new { role = "cashier", programId = "demo", storeId = "maple-street" });
        _keys[Caller.CashierOfAnotherStore] = await NewKeyAsync(new { role = "cashier", programId = "demo", storeId = "station" });
        _keys[Caller.CashierOfAnotherProgram] = await NewKeyAsync(new { role = "cashier", programId = "other", storeId = "maple-street" });
        _keys[Caller.Marketer] = await NewKeyAsync(new { role = "marketer", programId = "demo" });
        _keys[Caller.MarketerOfAnotherProgram] = await NewKeyAsync(new { role = "marketer", programId = "other" });
        using var admin = TillClient.Admin(Service);
        SpareKeyId = (await admin.PostJsonAsync("/api/v1/keys", new { role = "marketer", name = "spare" })).Body.GetProperty("id").GetInt64();

        WebhookId = (await admin.PostJsonAsync("/api/v1/programs/demo/webhooks", new { url = WebhookUrl, events = new[] { "points.earned" } })).Body.GetProperty("id").GetInt64();
        SpareWebhookId = (await admin.PostJsonAsync("/api/v1/programs/demo/webhooks", new { url = WebhookUrl, events = new[] { "points.earned" } })).Body.GetProperty("id").GetInt64();

        (Card, MemberCode) = await Shoppers.JoinAsync(Service, "Alex");
        (OtherMembersCard, _) = await Shoppers.JoinAsync(Service, "Sam");
        using var till = new TillClient(Service.BaseAddress, _keys[Caller.Cashier]);
        MemberId = (await till.CardAsync(MemberCode)).GetProperty("member").GetProperty("id").GetInt64();
        CaredMemberId = (await till.CardAsync((await Shoppers.JoinAsync(Service, "Robin")).Code)).GetProperty("member").GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await till.EarnAsync(MemberCode, 5000, Receipt)).Response.StatusCode);
        WebhookDeliveryId = (await Service.QueryAsync<long>("SELECT MIN(id) FROM webhook_deliveries WHERE endpoint_id = @WebhookId", new { WebhookId }))[0];

        using var marketer = new TillClient(Service.BaseAddress, _keys[Caller.Marketer]);
        var coupon = await IssueCouponAsync(marketer);
        CouponCode = coupon.GetProperty("code").GetString()!;
        using var couponPass = await Service.Client.GetAsync(coupon.GetProperty("applePassUrl").GetString());
        CouponPass = new PkPassFile(await couponPass.Content.ReadAsByteArrayAsync());
        SpareCouponCode = (await IssueCouponAsync(marketer)).GetProperty("code").GetString()!;
        WithdrawnCouponId = (await IssueCouponAsync(marketer)).GetProperty("id").GetInt64();
        var (created, campaign) = await marketer.PostJsonAsync("/api/v1/campaigns", CampaignBody());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        CampaignId = campaign.GetProperty("id").GetInt64();
        using var imports = new Imports.ImportClient(Service.BaseAddress, _keys[Caller.Marketer]);
        ImportId = await imports.StartAsync("members", "external_id,first_name\nmatrix-1,Alex\n");
    }

    /// <summary>A valid draft for demo, due in a month so that scheduling it sends nothing during the test.</summary>
    public static Dictionary<string, object?> CampaignBody() => CampaignClient.Once(DateTimeOffset.UtcNow.AddDays(30), "Matrix campaign");

    private async Task<JsonElement> IssueCouponAsync(TillClient marketer)
    {
        var (response, body) = await marketer.PostJsonAsync($"/api/v1/programs/demo/members/{MemberId}/coupons", new { title = "Matrix coupon" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return body;
    }

    private async Task<string> NewKeyAsync(object request)
    {
        using var admin = TillClient.Admin(Service);
        using var response = await admin.PostAsync("/api/v1/keys", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    public ValueTask DisposeAsync() => Service.DisposeAsync();
}
