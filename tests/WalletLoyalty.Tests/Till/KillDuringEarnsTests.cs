using System.Collections.Concurrent;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Till;

/// <summary>kill -9 while tills are crediting: every answered earn survives, and retrying them all credits nothing twice.</summary>
[Trait("Category", "Database")]
public sealed class KillDuringEarnsTests
{
    private const int Tills = 4;
    private const int AcknowledgedBeforeTheKill = 60;

    [Fact]
    public async Task EveryAcknowledgedEarnSurvivesAKillMidBurstAndRetriesAfterTheRestartCreditEachReceiptOnce()
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("kill-earns-").FullName);
        settings["Push:DispatcherEnabled"] = "false";
        var database = TestEngine.Open(settings);
        var acknowledged = new ConcurrentBag<string>();
        var attempted = new ConcurrentBag<string>();
        string code;
        TillClient till;
        await using (var first = await ServiceProcess.StartAsync(settings))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            var pass = await new AppleDevice(http).AddFromLandingPageAsync("/join/demo");
            code = pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;
            till = await TillClient.WithNewKeyAsync(first.BaseAddress, "cashier", "maple-street");
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, Tills).Select(t => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var receipt = $"R-{t}-{i}";
                    attempted.Add(receipt);
                    try
                    {
                        var (response, _) = await till.EarnAsync(code, 100, receipt, idempotencyKey: receipt);
                        if (!response.IsSuccessStatusCode)
                        {
                            return;
                        }
                        acknowledged.Add(receipt);
                        if (acknowledged.Count >= AcknowledgedBeforeTheKill)
                        {
                            enough.TrySetResult();
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the service died under this request: it may or may not have committed
                    }
                }
            })).ToList();
            await enough.Task;
            await first.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }

        await using (var connection = await database.OpenAsync())
        {
            var credited = (await connection.QueryAsync<string>("SELECT receipt_id FROM ledger_entries WHERE kind = 'earn'")).ToHashSet();
            Assert.DoesNotContain(acknowledged, receipt => !credited.Contains(receipt));
        }

        await using var second = await ServiceProcess.StartAsync(settings);
        using var retryTill = till.At(second.BaseAddress); // the same key: its stored answers are replayed
        till.Dispose();
        foreach (var receipt in attempted.Distinct())
        {
            var (response, _) = await retryTill.EarnAsync(code, 100, receipt, idempotencyKey: receipt);
            Assert.True(response.IsSuccessStatusCode, $"{receipt}: {response.StatusCode}");
        }
        await using var after = await database.OpenAsync();
        var earns = await after.QuerySingleAsync<(long Count, long Distinct, long Points)>(
            "SELECT COUNT(*), COUNT(DISTINCT receipt_id), COALESCE(SUM(points), 0) FROM ledger_entries WHERE kind = 'earn'");
        var balance = await after.ExecuteScalarAsync<long>("SELECT points_balance FROM members");
        Assert.Equal(attempted.Distinct().Count(), earns.Count);
        Assert.Equal(earns.Count, earns.Distinct);
        Assert.Equal(earns.Points, balance);
    }
}
