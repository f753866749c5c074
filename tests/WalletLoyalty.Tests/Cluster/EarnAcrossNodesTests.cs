using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Cluster;

/// <summary>Earns on one card through two nodes, with Idempotency-Keys retried on the same node, the other node and both at once.</summary>
[Collection(TwoNodeCollection.Name)]
[Trait("Category", "Database")]
public sealed class EarnAcrossNodesTests
{
    private const int Earns = 1000;

    private enum Retry { None, SameNode, OtherNode, BothAtOnce }

    private sealed record Answer(HttpStatusCode Status, string Body, bool Replayed);

    [PostgresFact]
    public async Task AThousandEarnsSentToTwoNodesWithRetriedKeysAddUpToExactlyTheDistinctEarns()
    {
        // One point per euro, without the demo's tier multipliers, so the expected total does not hang on the earns' order.
        using var templates = new TemplateFolder(withMechanics: false);
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("cluster-earn-").FullName);
        settings["Push:DispatcherEnabled"] = "false";
        settings["Templates:Path"] = templates.Templates;
        await using var nodes = await TwoNodes.StartAsync(settings);
        using var shopper = new HttpClient { BaseAddress = nodes.First.BaseAddress };
        var pass = await new AppleDevice(shopper).AddFromLandingPageAsync("/join/demo");
        var code = pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;
        using var first = await TillClient.WithNewKeyAsync(nodes.First.BaseAddress, "cashier", "maple-street");
        using var second = first.At(nodes.Second.BaseAddress);
        TillClient[] tills = [first, second];
        var amounts = Enumerable.Range(0, Earns).Select(i => 100L * (1 + i % 40) + i % 100).ToArray();
        var answers = new ConcurrentDictionary<int, Answer[]>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Earns), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var till = tills[i % 2];
            var other = tills[(i + 1) % 2];
            Task<Answer> Earn(TillClient at) => EarnAsync(at, code, amounts[i], i);
            answers[i] = RetryOf(i) switch
            {
                Retry.SameNode => [await Earn(till), await Earn(till)],
                Retry.OtherNode => [await Earn(till), await Earn(other)],
                Retry.BothAtOnce => await Task.WhenAll(Earn(till), Earn(other)),
                _ => [await Earn(till)],
            };
        });

        Assert.All(answers.Values.SelectMany(a => a), a => Assert.True(a.Status == HttpStatusCode.OK, $"{(int)a.Status}: {a.Body}"));
        Assert.All(answers.Where(a => a.Value.Length == 2), a =>
        {
            Assert.Equal(a.Value[0].Body, a.Value[1].Body);
            Assert.Single(a.Value, answer => answer.Replayed);
        });
        Assert.All(answers.Where(a => RetryOf(a.Key) is Retry.SameNode or Retry.OtherNode), a => Assert.True(a.Value[1].Replayed, $"retry of earn {a.Key} replayed"));
        var credited = answers.Values.Select(a => JsonDocument.Parse(a.Single(answer => !answer.Replayed).Body).RootElement).ToList();
        var expected = amounts.Sum(a => a / 100);
        Assert.Equal(expected, credited.Sum(c => c.GetProperty("pointsCredited").GetInt64()));
        // Earns on one card take turns on its row: each saw a balance of its own, the last one the total.
        Assert.Equal(Earns, credited.Select(c => c.GetProperty("balance").GetInt64()).Distinct().Count());
        Assert.Equal(expected, credited.Max(c => c.GetProperty("balance").GetInt64()));
        Assert.Equal(expected, (await second.CardAsync(code)).GetProperty("member").GetProperty("points").GetInt64());
        var ledger = Assert.Single(await nodes.Database.QueryAsync<(long Entries, long Receipts, long Points, long Amount)>(
            "SELECT COUNT(*), COUNT(DISTINCT receipt_id), CAST(SUM(points) AS bigint), CAST(SUM(amount_minor) AS bigint) FROM ledger_entries WHERE kind = 'earn'"));
        Assert.Equal((Earns, Earns, expected, amounts.Sum()), ledger);
        Assert.Equal(expected, Assert.Single(await nodes.Database.QueryAsync<long>("SELECT points_balance FROM members")));
    }

    /// <summary>Every tenth earn is sent twice with its key, in turn: again to the same node, to the other node, to both at once.</summary>
    private static Retry RetryOf(int i) => i % 10 != 9 ? Retry.None : ((i / 10) % 3) switch
    {
        0 => Retry.SameNode,
        1 => Retry.OtherNode,
        _ => Retry.BothAtOnce,
    };

    private static async Task<Answer> EarnAsync(TillClient till, string code, long amountMinor, int i)
    {
        using var response = await till.PostAsync("/api/v1/till/earn",
            new { code, amountMinor, currency = "EUR", receiptId = $"R-{i:D4}" }, idempotencyKey: $"earn-{i:D4}");
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(),
            response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Contains("true"));
    }
}
