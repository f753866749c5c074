using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>The service on a fake clock with <see cref="FlyerOffers"/>, a fake APNs, a cashier at each store and a marketer.</summary>
public sealed class FlyerRig : IAsyncDisposable
{
    private readonly TemplateFolder _templates;
    private readonly PushRig _push;

    private FlyerRig(TemplateFolder templates, PushRig push, ServiceHost service, FakeTimeProvider clock, TillClient till, TillClient stationTill, TillClient marketer)
    {
        _templates = templates;
        _push = push;
        Service = service;
        Clock = clock;
        Till = till;
        StationTill = stationTill;
        Marketer = marketer;
    }

    public ServiceHost Service { get; }
    public FakeTimeProvider Clock { get; }
    public TillClient Till { get; }
    public TillClient StationTill { get; }
    public TillClient Marketer { get; }
    public Fakes.FakeApnsServer Apns => _push.Apns;

    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static async Task<FlyerRig> StartAsync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var templates = FlyerOffers.Around(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Berlin).DateTime));
        var push = await PushRig.StartAsync();
        var service = await ServiceHost.StartAsync(settings =>
        {
            push.Configure(settings);
            settings["Templates:Path"] = templates.Templates;
        }, services: s => s.AddSingleton<TimeProvider>(clock));
        return new FlyerRig(templates, push, service, clock,
            await TillClient.WithNewKeyAsync(service, "cashier", "maple-street"),
            await TillClient.WithNewKeyAsync(service, "cashier", "station"),
            await TillClient.WithNewKeyAsync(service, "marketer"));
    }

    public FlyerShopper NewShopper() => new(Service.Client);

    /// <summary>The program's offers as the marketer's list shows them, by id.</summary>
    public async Task<Dictionary<string, System.Text.Json.JsonElement>> OffersAsync()
    {
        using var response = await Marketer.GetAsync("/api/v1/programs/demo/coupon-offers");
        response.EnsureSuccessStatusCode();
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);
        return body.GetProperty("offers").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        Till.Dispose();
        StationTill.Dispose();
        Marketer.Dispose();
        await Service.DisposeAsync();
        await _push.DisposeAsync();
        _templates.Dispose();
    }
}
