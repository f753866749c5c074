using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Data;
using WalletLoyalty.Tests.Fakes.Google;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Push;

/// <summary>
/// Google Wallet and FCM failing three requests in ten, losing some app tokens, refusing some objects for good
/// and answering slower than the lease: every update and message arrives once or is cleanly given up.
/// </summary>
[Trait("Category", "Database")]
public sealed class GoogleFaultTests : IAsyncLifetime
{
    private const int Cards = 20;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SlowerThanTheLease = TimeSpan.FromSeconds(3);
    private GoogleServiceRig _google = null!;
    private ServiceHost _service = null!;
    private TillClient _till = null!;
    private TillClient _marketer = null!;

    public async Task InitializeAsync()
    {
        _google = await GoogleServiceRig.StartAsync();
        _service = await ServiceHost.StartAsync(settings =>
        {
            _google.Configure(settings);
            settings["Push:LeaseSeconds"] = "1";
            settings["Push:MaxAttempts"] = "4";
        });
        _till = await TillClient.WithNewKeyAsync(_service, "cashier", "maple-street");
        _marketer = await TillClient.WithNewKeyAsync(_service, "marketer");
    }

    public async Task DisposeAsync()
    {
        _till.Dispose();
        _marketer.Dispose();
        await _service.DisposeAsync();
        await _google.DisposeAsync();
    }

    private enum Script { Fine, Refused, TooManyRequests, ServerError, SlowUnavailable, SlowFine }

    private static Script ScriptOf(int card) => (card % 10) switch
    {
        0 => Script.Refused,
        1 => Script.TooManyRequests,
        2 => Script.ServerError,
        3 => Script.SlowUnavailable,
        4 => Script.SlowFine,
        _ => Script.Fine,
    };

    private static int ExpectedRequests(Script script) => script is Script.Fine or Script.SlowFine or Script.Refused ? 1 : 2;

    [Fact]
    public async Task EveryObjectUpdateArrivesOnceOrIsGivenUpWithBoundedAttemptsAndRetryAfterHonoured()
    {
        var cards = new List<(string ObjectId, string Code, Script Script)>();
        for (var i = 0; i < Cards; i++)
        {
            var (objectId, code) = await JoinWithGoogleAsync();
            switch (ScriptOf(i))
            {
                case Script.Refused:
                    _google.Wallet.FailNextFor(objectId, new GoogleErrorReply(403, "PERMISSION_DENIED", "The caller does not have permission", "permissionDenied"));
                    break;
                case Script.TooManyRequests:
                    _google.Wallet.FailNextFor(objectId, FakeFaultScript.ErrorFor(429, RetryAfter));
                    break;
                case Script.ServerError:
                    _google.Wallet.FailNextFor(objectId, FakeFaultScript.ErrorFor(500, null));
                    break;
                case Script.SlowUnavailable:
                    _google.Wallet.FailNextFor(objectId, FakeFaultScript.ErrorFor(503, null));
                    _google.Wallet.DelayNextFor(objectId, SlowerThanTheLease);
                    break;
                case Script.SlowFine:
                    _google.Wallet.DelayNextFor(objectId, SlowerThanTheLease);
                    break;
            }
            cards.Add((objectId, code, ScriptOf(i)));
        }

        for (var i = 0; i < cards.Count; i++)
        {
            await _till.EarnAsync(cards[i].Code, 60000, $"R-google-fault-{i}");
        }
        await using var connection = await _service.Services.GetRequiredService<IDatabase>().OpenAsync();
        await Eventually.TrueAsync(async () => await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM outbox WHERE channel = 'google-object' AND status IN ('pending', 'sending')") == 0,
            "every object update is finished", TimeSpan.FromSeconds(60));

        var patches = _google.Wallet.Requests.Where(r => r.Method == "PATCH").GroupBy(r => r.Path.Split('/')[^1]).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (objectId, _, script) in cards)
        {
            Assert.True(patches[objectId].Count == ExpectedRequests(script), $"{script}: {patches[objectId].Count} PATCH requests, expected {ExpectedRequests(script)}");
            var balance = _google.Wallet.Stored("loyaltyObject", objectId)!["loyaltyPoints"]!["balance"]!["int"]!.GetValue<int>();
            Assert.Equal(script == Script.Refused ? 0 : 600, balance);
        }
        foreach (var (objectId, _, _) in cards.Where(c => c.Script == Script.TooManyRequests))
        {
            var (refused, applied) = (patches[objectId][0], patches[objectId][1]);
            Assert.True(applied.At - refused.At >= RetryAfter, $"retried {(applied.At - refused.At).TotalMilliseconds} ms after a Retry-After of 2 s");
        }
        var statuses = (await connection.QueryAsync<(string Status, long Count, long MaxAttempts)>(
            "SELECT status, COUNT(*), MAX(attempts) FROM outbox WHERE channel = 'google-object' GROUP BY status")).ToDictionary(r => r.Status);
        Assert.Equal(Cards / 10 * 9, statuses["sent"].Count);
        Assert.Equal(Cards / 10, statuses["failed"].Count);
        Assert.Equal(1, statuses["failed"].MaxAttempts);
        Assert.True(statuses["sent"].MaxAttempts <= 2, $"{statuses["sent"].MaxAttempts} attempts");
    }

    [Fact]
    public async Task EveryAppMessageArrivesOnceOrIsDroppedWithBoundedAttemptsAndRetryAfterHonoured()
    {
        var devices = new List<(long MemberId, string Token, Script Script)>();
        for (var i = 0; i < Cards; i++)
        {
            var token = $"app-token-{i:D2}_0123456789abcdefghijklmnopqrstuvwxyz";
            var memberId = await JoinWithAppDeviceAsync(token);
            switch (ScriptOf(i))
            {
                case Script.Refused:
                    _google.Fcm.AnswerAlways(token, FakeFcmReply.Unregistered());
                    break;
                case Script.TooManyRequests:
                    _google.Fcm.AnswerNext(token, FakeFcmReply.QuotaExceeded(RetryAfter));
                    break;
                case Script.ServerError:
                    _google.Fcm.AnswerNext(token, FakeFcmReply.Internal());
                    break;
                case Script.SlowUnavailable:
                    _google.Fcm.AnswerNext(token, FakeFcmReply.Unavailable());
                    _google.Fcm.DelayNext(token, SlowerThanTheLease);
                    break;
                case Script.SlowFine:
                    _google.Fcm.DelayNext(token, SlowerThanTheLease);
                    break;
            }
            devices.Add((memberId, token, ScriptOf(i)));
        }

        foreach (var (memberId, _, _) in devices)
        {
            var (sent, _) = await _marketer.PostJsonAsync($"/api/v1/programs/demo/members/{memberId}/messages", new { title = "Fresh bread", body = "At seven" });
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        }
        await using var connection = await _service.Services.GetRequiredService<IDatabase>().OpenAsync();
        await Eventually.TrueAsync(async () => await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM outbox WHERE channel = 'fcm' AND status IN ('pending', 'sending')") == 0,
            "every app message is finished", TimeSpan.FromSeconds(60));

        var accepted = _google.Fcm.AcceptedMessages.GroupBy(m => m["token"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        var answers = _google.Fcm.Answers.GroupBy(a => a.Token).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (_, token, script) in devices)
        {
            Assert.True(answers[token].Count == ExpectedRequests(script), $"{script}: {answers[token].Count} FCM requests, expected {ExpectedRequests(script)}");
            Assert.Equal(script == Script.Refused ? 0 : 1, accepted.GetValueOrDefault(token));
        }
        foreach (var (_, token, _) in devices.Where(d => d.Script == Script.TooManyRequests))
        {
            var (refused, delivered) = (answers[token][0], answers[token][1]);
            Assert.True(delivered.At - refused.At >= RetryAfter, $"retried {(delivered.At - refused.At).TotalMilliseconds} ms after a Retry-After of 2 s");
        }
        var statuses = (await connection.QueryAsync<(string Status, long Count, long MaxAttempts)>(
            "SELECT status, COUNT(*), MAX(attempts) FROM outbox WHERE channel = 'fcm' GROUP BY status")).ToDictionary(r => r.Status);
        Assert.Equal(Cards / 10 * 9, statuses["sent"].Count);
        Assert.Equal(Cards / 10, statuses["dropped"].Count);
        Assert.True(statuses["sent"].MaxAttempts <= 2, $"{statuses["sent"].MaxAttempts} attempts");
        Assert.Equal(Cards - Cards / 10, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM app_devices"));
    }

    private async Task<(string ObjectId, string Code)> JoinWithGoogleAsync()
    {
        using var response = await _service.Client.GetAsync(await Shoppers.WalletLinkAsync(_service.Client, "/join/demo", "google", "Fault"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var objectId = SaveJwt.VerifiedClaims(response.Headers.Location!.ToString(), _google.Account.PublicKey)
            .GetProperty("payload").GetProperty("loyaltyObjects")[0].GetProperty("id").GetString()!;
        return (objectId, _google.Wallet.Stored("loyaltyObject", objectId)!["barcode"]!["value"]!.GetValue<string>());
    }

    private async Task<long> JoinWithAppDeviceAsync(string token)
    {
        var (pass, code) = await Shoppers.JoinAsync(_service, "Fault");
        var memberId = (await _till.CardAsync(code)).GetProperty("member").GetProperty("id").GetInt64();
        using var register = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/members/{memberId}/devices") { Content = JsonContent.Create(new { token }) };
        register.Headers.Authorization = new("Pass", pass.AuthenticationToken);
        using var registered = await _service.Client.SendAsync(register);
        registered.EnsureSuccessStatusCode();
        return memberId;
    }
}
