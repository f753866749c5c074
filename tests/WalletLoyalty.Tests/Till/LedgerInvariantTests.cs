using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Till;

/// <summary>
/// Whatever a till does to a member, in any order (odd amounts, repeated receipts, reversals, redemptions, retries),
/// the balance is the sum of the member's ledger entries, never goes below zero, and the tier is one the program has.
/// </summary>
[Trait("Category", "Database")]
public sealed class LedgerInvariantTests(LedgerInvariantTests.Till till) : IClassFixture<LedgerInvariantTests.Till>
{
    [Property(MaxTest = 40, Replay = "(20260611,1013904243)", Arbitrary = [typeof(TillScripts)])]
    public async Task AnyRunOfTillStepsKeepsTheBalanceTheSumOfTheLedgerNeverNegativeAndInAKnownTier(TillScript script)
    {
        var member = (await MemberRows.InsertAsync(till.Service.Database(), [new MemberRow { Name = "Property" }])).Single();
        var code = (await till.Service.QueryAsync<string>("SELECT member_code FROM members WHERE id = @Id", new { member.Id })).Single();
        TillRequest? last = null;
        foreach (var step in script.Steps)
        {
            var request = step switch
            {
                Earn earn => new TillRequest("/api/v1/till/earn", new { code, amountMinor = earn.AmountMinor, currency = "EUR", receiptId = $"P{member.Id}-{earn.Receipt}" }),
                Redeem redeem => new TillRequest("/api/v1/till/redeem", new { code, rewardId = redeem.RewardId }),
                Reverse reverse => new TillRequest("/api/v1/till/reverse", new { receiptId = $"P{member.Id}-{reverse.Receipt}", allowPartial = reverse.AllowPartial }),
                _ => last,
            };
            if (request is null)
            {
                continue;
            }
            using var response = await till.Cashier.PostAsync(request.Path, request.Body, request.IdempotencyKey);
            Assert.True((int)response.StatusCode < 500, $"{request.Path} answered {(int)response.StatusCode} in {script}");
            last = request;
        }

        var (balance, tier) = (await till.Service.QueryAsync<(long, string)>("SELECT points_balance, tier FROM members WHERE id = @Id", new { member.Id })).Single();
        var (sum, lowest) = (await till.Service.QueryAsync<(long, long)>(
            "SELECT COALESCE(SUM(points), 0), COALESCE(MIN(balance_after), 0) FROM ledger_entries WHERE member_id = @Id", new { member.Id })).Single();
        Assert.Equal(sum, balance);
        Assert.True(lowest >= 0, $"a balance_after of {lowest} in {script}");
        Assert.Contains(tier, till.TierNames);
    }

    /// <summary>A till write with its own Idempotency-Key, kept so a retry sends it again unchanged.</summary>
    private sealed record TillRequest(string Path, object Body)
    {
        public string IdempotencyKey { get; } = Guid.NewGuid().ToString();
    }

    /// <summary>One service for the class, with a cashier of the demo program's flagship store.</summary>
    public sealed class Till : IAsyncLifetime
    {
        public ServiceHost Service { get; private set; } = null!;
        public TillClient Cashier { get; private set; } = null!;
        public IReadOnlyList<string> TierNames { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
            using var admin = TillClient.Admin(Service);
            var (_, key) = await admin.PostJsonAsync("/api/v1/keys", new { role = "cashier", storeId = "maple-street", programId = "demo", name = "property till" });
            Cashier = new TillClient(Service.BaseAddress, key.GetProperty("key").GetString()!);
            TierNames = Service.Services.GetRequiredService<ProgramCatalog>().Find("demo")!.Template.Tiers.Select(t => t.Name).ToList();
        }

        public async Task DisposeAsync()
        {
            Cashier.Dispose();
            await Service.DisposeAsync();
        }
    }
}
