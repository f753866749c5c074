using System.Net;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Storage;

/// <summary>
/// A shop that ran on SQLite, built once through the real service: three members (one phone kept its join cookie),
/// earns and a refund at the till, a coupon, and a campaign scheduled an hour ahead. The copies only read it.
/// </summary>
public sealed class SqliteShop
{
    private static readonly Lazy<Task<SqliteShop>> Shared = new(BuildAsync);

    public required string DatabasePath { get; init; }
    public required string CashierKey { get; init; }
    public required string MemberCode { get; init; }
    public required long MemberId { get; init; }
    public required long Balance { get; init; }
    public required IReadOnlyList<LedgerRow> Ledger { get; init; }
    public required long LastLedgerId { get; init; }
    public required long Members { get; init; }
    public required long CampaignId { get; init; }

    /// <summary>The join cookie a shopper's phone kept, and the serial of the card it remembers.</summary>
    public required string JoinCookie { get; init; }
    public required string JoinedSerial { get; init; }
    public required DateTimeOffset CampaignFiresAt { get; init; }

    public static Task<SqliteShop> GetAsync() => Shared.Value;

    private static async Task<SqliteShop> BuildAsync()
    {
        var data = Directory.CreateTempSubdirectory("storage-copy-shop-").FullName;
        await using var service = await ServiceHost.StartAsync(settings =>
        {
            settings["Storage:Provider"] = "sqlite";
            settings["Push:DispatcherEnabled"] = "false";
        }, data);
        var (_, alex) = await Shoppers.JoinAsync(service, "Alex");
        var (_, sam) = await Shoppers.JoinAsync(service, "Sam");
        using var kim = await service.Client.GetAsync(await Shoppers.WalletLinkAsync(service.Client, "/join/demo", name: "Kim"));
        var joinCookie = kim.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var kimSerial = new PkPassFile(await kim.Content.ReadAsByteArrayAsync()).SerialNumber;
        var cashierKey = await NewKeyAsync(service, "cashier", "maple-street");
        using var till = new TillClient(service.BaseAddress, cashierKey);
        await EarnAsync(till, alex, 1250, "R-1");
        await EarnAsync(till, alex, 4999, "R-2");
        await EarnAsync(till, sam, 800, "R-3");
        var (reversed, _) = await till.PostJsonAsync("/api/v1/till/reverse", new { receiptId = "R-1" });
        Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);

        var alexCard = (await till.CardAsync(alex)).GetProperty("member");
        var samId = (await till.CardAsync(sam)).GetProperty("member").GetProperty("id").GetInt64();
        using var marketer = await CampaignClient.ForAsync(service);
        var (issued, _) = await marketer.Http.PostJsonAsync($"/api/v1/programs/demo/members/{samId}/coupons",
            new { title = "€5 off", description = "On any cake", valueMinor = 500, expiresAt = DateTimeOffset.UtcNow.AddDays(30) });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var campaign = CampaignClient.Once(DateTimeOffset.UtcNow.AddHours(1), "After the move");
        campaign["coupon"] = new { title = "20 % off", description = "One purchase", validDays = 7 };
        var campaignId = await marketer.CreateAndScheduleAsync(campaign);
        var trigger = await service.TriggerAsync($"campaign-{campaignId}");

        var memberId = alexCard.GetProperty("id").GetInt64();
        await using var connection = await service.Database().OpenAsync();
        var ledger = (await connection.QueryAsync<LedgerRow>(LedgerRow.Select, new { memberId })).ToList();
        return new SqliteShop
        {
            DatabasePath = Path.Combine(data, "walletloyalty.db"),
            CashierKey = cashierKey,
            MemberCode = alex,
            MemberId = memberId,
            Balance = alexCard.GetProperty("points").GetInt64(),
            Ledger = ledger,
            LastLedgerId = await connection.ExecuteScalarAsync<long>("SELECT MAX(id) FROM ledger_entries"),
            Members = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM members"),
            CampaignId = campaignId,
            JoinCookie = joinCookie,
            JoinedSerial = kimSerial,
            CampaignFiresAt = trigger?.NextFireTimeUtc ?? throw new InvalidOperationException("the campaign has no trigger"),
        };
    }

    private static async Task<string> NewKeyAsync(ServiceHost service, string role, string storeId)
    {
        using var admin = TillClient.Admin(service);
        var (response, body) = await admin.PostJsonAsync("/api/v1/keys", new { role, storeId, name = "Till 1" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("key").GetString()!;
    }

    private static async Task EarnAsync(TillClient till, string code, long amountMinor, string receiptId)
    {
        var (response, body) = await till.EarnAsync(code, amountMinor, receiptId);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
    }
}
