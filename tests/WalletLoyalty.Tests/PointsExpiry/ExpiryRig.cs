using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WalletLoyalty.PointsExpiry;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.PointsExpiry;

/// <summary>The service on a fake clock with a cashier of the flagship store; the demo's points expire after 12 months, reminded 14 days before.</summary>
public sealed class ExpiryRig : IAsyncDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private int _receipts;

    private ExpiryRig(ServiceHost service, FakeTimeProvider clock, TillClient cashier)
    {
        Service = service;
        Clock = clock;
        Cashier = cashier;
    }

    public ServiceHost Service { get; }
    public FakeTimeProvider Clock { get; }
    public TillClient Cashier { get; }

    public PointsExpirySweep Sweep => Service.Services.GetRequiredService<PointsExpirySweep>();

    public static async Task<ExpiryRig> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var service = await ServiceHost.StartAsync(settings =>
        {
            settings["Push:DispatcherEnabled"] = "false";
            configure?.Invoke(settings);
        }, services: s => s.AddSingleton<TimeProvider>(clock));
        var cashier = await TillClient.WithNewKeyAsync(service, "cashier", "maple-street", "demo");
        return new ExpiryRig(service, clock, cashier);
    }

    public async Task<Shopper> JoinAsync(string name = "Alex")
    {
        var (card, code) = await Shoppers.JoinAsync(Service, name);
        var memberId = (await Service.QueryAsync<long>("SELECT member_id FROM passes WHERE serial_number = @serial", new { serial = card.SerialNumber })).Single();
        return new Shopper(card, code, memberId);
    }

    /// <summary>A purchase of that many euros (as many points), credited now; its receipt.</summary>
    public async Task<string> EarnAsync(Shopper shopper, long euros)
    {
        var receipt = "R" + Interlocked.Increment(ref _receipts).ToString(CultureInfo.InvariantCulture);
        var (response, _) = await Cashier.EarnAsync(shopper.Code, euros * 100, receipt);
        Assert.True(response.IsSuccessStatusCode, $"earn answered {(int)response.StatusCode}");
        return receipt;
    }

    public async Task RedeemCoffeeAsync(Shopper shopper)
    {
        var (response, _) = await Cashier.PostJsonAsync("/api/v1/till/redeem", new { code = shopper.Code, rewardId = "coffee" });
        Assert.True(response.IsSuccessStatusCode, $"redeem answered {(int)response.StatusCode}");
    }

    public async Task ReverseAsync(string receiptId)
    {
        var (response, _) = await Cashier.PostJsonAsync("/api/v1/till/reverse", new { receiptId, allowPartial = true });
        Assert.True(response.IsSuccessStatusCode, $"reverse answered {(int)response.StatusCode}");
    }

    /// <summary>The balance the till shows when the card is scanned.</summary>
    public async Task<long> TillBalanceAsync(Shopper shopper) =>
        (await Cashier.CardAsync(shopper.Code)).GetProperty("member").GetProperty("points").GetInt64();

    public Task<IReadOnlyList<(string Kind, long Points, long BalanceAfter)>> LedgerAsync(Shopper shopper) =>
        Service.QueryAsync<(string, long, long)>(
            "SELECT kind, points, balance_after FROM ledger_entries WHERE member_id = @MemberId ORDER BY id", new { shopper.MemberId });

    public async Task<PkPassFile> CardAsync(Shopper shopper)
    {
        using var response = await new AppleDevice(Service.Client).FetchPassAsync(shopper.Card);
        response.EnsureSuccessStatusCode();
        return new PkPassFile(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The card's points-expiring back field, or null when it has none.</summary>
    public async Task<JsonElement?> ExpiryFieldAsync(Shopper shopper)
    {
        var card = await CardAsync(shopper);
        try
        {
            return card.Field(PointsExpiryRules.FieldKey);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A day as the demo's English card writes it, in Berlin.</summary>
    public static string Day(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Berlin).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        Cashier.Dispose();
        await Service.DisposeAsync();
    }
}

/// <summary>A member who joined from the landing page: their first card, the code the till scans, their id.</summary>
public sealed record Shopper(PkPassFile Card, string Code, long MemberId);
