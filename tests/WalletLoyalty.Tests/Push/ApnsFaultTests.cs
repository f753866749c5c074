using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Fakes;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Push;

/// <summary>An APNs that fails three pushes in ten, has lost some devices and answers slower than the lease.</summary>
[Trait("Category", "Database")]
public sealed class ApnsFaultTests : IAsyncLifetime
{
    private const int Cards = 40;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SlowerThanTheLease = TimeSpan.FromSeconds(3);
    private PushRig _rig = null!;
    private ServiceHost _service = null!;
    private TillClient _till = null!;

    public async Task InitializeAsync()
    {
        _rig = await PushRig.StartAsync();
        _service = await ServiceHost.StartAsync(settings =>
        {
            _rig.Configure(settings);
            settings["Push:LeaseSeconds"] = "1";
            settings["Push:MaxAttempts"] = "4";
        });
        _till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
    }

    public async Task DisposeAsync()
    {
        _till.Dispose();
        await _service.DisposeAsync();
        await _rig.DisposeAsync();
    }

    private enum Script { Fine, Gone, TooManyRequests, ServerError, SlowUnavailable, SlowFine }

    private static Script ScriptOf(int card) => (card % 10) switch
    {
        0 => Script.Gone,
        1 => Script.TooManyRequests,
        2 => Script.ServerError,
        3 => Script.SlowUnavailable,
        4 => Script.SlowFine,
        _ => Script.Fine,
    };

    private void Program(string token, Script script)
    {
        switch (script)
        {
            case Script.Gone:
                _rig.Apns.MarkUnregistered(token);
                break;
            case Script.TooManyRequests:
                _rig.Apns.EnqueueReplies(token, new FakeApnsReply(429, "TooManyRequests", RetryAfter));
                break;
            case Script.ServerError:
                _rig.Apns.EnqueueReplies(token, new FakeApnsReply(500, "InternalServerError"));
                break;
            case Script.SlowUnavailable:
                _rig.Apns.EnqueueReplies(token, new FakeApnsReply(503, "ServiceUnavailable", AnswerAfter: SlowerThanTheLease));
                break;
            case Script.SlowFine:
                _rig.Apns.EnqueueReplies(token, FakeApnsReply.Ok with { AnswerAfter = SlowerThanTheLease });
                break;
        }
    }

    [Fact]
    public async Task EveryPushIsDeliveredOnceOrDroppedWithBoundedAttemptsAndRetryAfterHonoured()
    {
        var cards = new List<(AppleDevice Device, string Code, Script Script)>();
        for (var i = 0; i < Cards; i++)
        {
            var device = new AppleDevice(_service.Client);
            var pass = await device.AddFromLandingPageAsync("/join/demo", "Fault");
            using var registered = await device.RegisterAsync(pass);
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            Program(device.PushToken, ScriptOf(i));
            cards.Add((device, pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!, ScriptOf(i)));
        }

        for (var i = 0; i < cards.Count; i++)
        {
            await _till.EarnAsync(cards[i].Code, 1000, $"R-fault-{i}");
        }
        await using var connection = await _service.Services.GetRequiredService<IDatabase>().OpenAsync();
        await Eventually.TrueAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')") == 0,
            "every push is finished", TimeSpan.FromSeconds(60));

        var deliveries = _rig.Apns.Deliveries.GroupBy(d => d.Token).ToDictionary(g => g.Key, g => g.ToList());
        var answers = _rig.Apns.Answers.GroupBy(a => a.Token).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (device, _, script) in cards)
        {
            var token = device.PushToken;
            var expectedAnswers = script is Script.Fine or Script.SlowFine or Script.Gone ? 1 : 2;
            Assert.True(answers[token].Count == expectedAnswers, $"{script}: {answers[token].Count} APNs requests, expected {expectedAnswers}");
            Assert.Equal(script == Script.Gone ? 0 : 1, deliveries.GetValueOrDefault(token)?.Count ?? 0);
        }
        foreach (var (device, _, _) in cards.Where(c => c.Script == Script.TooManyRequests))
        {
            var (refused, delivered) = (answers[device.PushToken][0], answers[device.PushToken][1]);
            Assert.True(delivered.At - refused.At >= RetryAfter, $"retried {(delivered.At - refused.At).TotalMilliseconds} ms after a Retry-After of 2 s");
        }
        var statuses = (await connection.QueryAsync<(string Status, long Count, long MaxAttempts)>(
            "SELECT status, COUNT(*), MAX(attempts) FROM outbox GROUP BY status")).ToDictionary(r => r.Status);
        Assert.Equal(Cards / 10 * 9, statuses["sent"].Count);
        Assert.Equal(Cards / 10, statuses["dropped"].Count);
        Assert.True(statuses["sent"].MaxAttempts <= 2, $"{statuses["sent"].MaxAttempts} attempts");
        Assert.Equal(Cards - Cards / 10, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM apple_registrations"));
    }
}
