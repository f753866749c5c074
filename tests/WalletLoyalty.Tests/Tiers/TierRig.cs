using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Tiers;

namespace WalletLoyalty.Tests.Tiers;

/// <summary>The service on a fake clock with the demo's tier perks (or a test's own mechanics.json), a cashier, and shoppers with cards.</summary>
public sealed class TierRig : IAsyncDisposable
{
    private readonly TemplateFolder? _templates;

    private TierRig(ServiceHost service, FakeTimeProvider clock, TillClient till, TemplateFolder? templates)
    {
        Service = service;
        Clock = clock;
        Till = till;
        _templates = templates;
    }

    public ServiceHost Service { get; }
    public FakeTimeProvider Clock { get; }
    public TillClient Till { get; }

    /// <param name="mechanics">The demo's mechanics.json replaced by this text; null keeps the demo's own.</param>
    public static async Task<TierRig> StartAsync(string? mechanics = null)
    {
        TemplateFolder? templates = null;
        if (mechanics is not null)
        {
            templates = new TemplateFolder();
            templates.Write("mechanics.json", mechanics);
        }
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var service = await ServiceHost.StartAsync(settings =>
        {
            settings["Push:DispatcherEnabled"] = "false";
            if (templates is not null)
            {
                settings["Templates:Path"] = templates.Templates;
            }
        }, services: s => s.AddSingleton<TimeProvider>(clock));
        return new TierRig(service, clock, await TillClient.WithNewKeyAsync(service, "cashier", "maple-street"), templates);
    }

    /// <summary>A shopper joins from the landing page; the card and the code the till scans.</summary>
    public async Task<(PkPassFile Card, string Code)> JoinAsync(string name = "Alex")
    {
        var card = await new AppleDevice(Service.Client).AddFromLandingPageAsync("/join/demo", name);
        return (card, card.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!);
    }

    public async Task<PkPassFile> FetchAsync(PkPassFile card)
    {
        using var fetched = await new AppleDevice(Service.Client).FetchPassAsync(card);
        return new PkPassFile(await fetched.Content.ReadAsByteArrayAsync());
    }

    public Task<TierSweepResult> SweepAsync() => Service.Services.GetRequiredService<TierSweep>().RunAsync(default);

    public async Task<(long Balance, string Tier)> MemberAsync(string code) =>
        (await Service.QueryAsync<(long, string)>("SELECT points_balance, tier FROM members WHERE member_code = @code", new { code })).Single();

    public Task<long> WelcomeGiftsAsync() => Service.CountAsync("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'bonus' AND reason LIKE 'Welcome gift:%'");

    public async ValueTask DisposeAsync()
    {
        Till.Dispose();
        await Service.DisposeAsync();
        _templates?.Dispose();
    }
}
