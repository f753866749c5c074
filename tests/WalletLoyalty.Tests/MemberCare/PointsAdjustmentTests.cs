using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.MemberCare;

/// <summary>Staff correct a balance like a till writes: once per Idempotency-Key, with a reason, never below zero, and the card follows.</summary>
[Trait("Category", "Database")]
public sealed class PointsAdjustmentTests : IAsyncLifetime
{
    private const string Problems = "https://walletloyalty.dev/problems/";
    private CareRig _rig = null!;

    public async Task InitializeAsync() => _rig = await CareRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private Task<(HttpResponseMessage Response, JsonElement Body)> AdjustAsync(long memberId, object body, string? key) =>
        key is null
            ? ReadAsync(_rig.Marketer.PostWithoutIdempotencyKeyAsync(CareRig.PathOf(memberId, "/adjustments"), body))
            : _rig.Marketer.PostJsonAsync(CareRig.PathOf(memberId, "/adjustments"), body, key);

    private static async Task<(HttpResponseMessage, JsonElement)> ReadAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task AnAdjustmentIsLedgeredWithItsReasonAuditedWithItsKeyAndRefreshesTheCardOnThePhoneAndInGoogle()
    {
        var member = await _rig.JoinAsync();
        var key = Guid.NewGuid().ToString();

        var (response, body) = await AdjustAsync(member.Id, new { points = 250, reason = "Goodwill: the card did not scan" }, key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(250, body.GetProperty("points").GetInt64());
        Assert.Equal(250, body.GetProperty("balance").GetInt64());
        await Eventually.TrueAsync(() => _rig.PhoneWasPushedAsync(member), "the phone is pushed");
        Assert.Equal([member.Card.SerialNumber], await member.Phone.UpdatedSerialsAsync());
        Assert.Equal(250, (await CareRig.FetchAsync(member)).Field("points").GetProperty("value").GetInt64());
        await Eventually.TrueAsync(() => Task.FromResult(
            _rig.Google.Wallet.Stored("loyaltyObject", member.GoogleObjectId)?["loyaltyPoints"]?["balance"]?["int"]?.GetValue<int>() == 250),
            "the Google object shows 250 points");
        var entry = (await _rig.Service.QueryAsync<(string Kind, long Points, string Reason)>(
            "SELECT kind, points, reason FROM ledger_entries WHERE member_id = @Id", member)).Single();
        Assert.Equal(("adjust", 250L, "Goodwill: the card did not scan"), entry);
        var audit = (await _rig.Service.QueryAsync<string>("SELECT subject FROM audit_events WHERE action = 'points.adjusted'")).Single();
        Assert.Contains(key, audit, StringComparison.Ordinal);
        var ledger = (await _rig.DetailsAsync(member.Id)).GetProperty("ledger");
        Assert.Equal("Goodwill: the card did not scan", ledger.GetProperty("entries")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ARetryWithTheSameKeyAnswersTheFirstResponseAndCountsOnce()
    {
        var member = await _rig.JoinAsync();
        var key = Guid.NewGuid().ToString();
        var request = new { points = 40, reason = "Missed receipt" };

        using var first = await _rig.Marketer.PostAsync(CareRig.PathOf(member.Id, "/adjustments"), request, key);
        using var retry = await _rig.Marketer.PostAsync(CareRig.PathOf(member.Id, "/adjustments"), request, key);
        var (reused, problem) = await AdjustAsync(member.Id, new { points = 41, reason = "Missed receipt" }, key);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(Problems + "idempotency-key-reused", problem.GetProperty("type").GetString());
        Assert.Equal(40, (await _rig.DetailsAsync(member.Id)).GetProperty("points").GetInt64());
        Assert.Equal(1, await _rig.Service.CountAsync("SELECT COUNT(*) FROM ledger_entries WHERE member_id = @Id", member));
    }

    [Fact]
    public async Task AMissingKeyOrReasonOrAnOverdrawIsAProblemAndChangesNothing()
    {
        var member = await _rig.JoinAsync();
        await AdjustAsync(member.Id, new { points = 30, reason = "Opening gift" }, Guid.NewGuid().ToString());

        var (noKey, noKeyProblem) = await AdjustAsync(member.Id, new { points = 5, reason = "x" }, null);
        var (noReason, noReasonProblem) = await AdjustAsync(member.Id, new { points = 5 }, Guid.NewGuid().ToString());
        var (zero, zeroProblem) = await AdjustAsync(member.Id, new { points = 0, reason = "Nothing" }, Guid.NewGuid().ToString());
        var (overdraw, overdrawProblem) = await AdjustAsync(member.Id, new { points = -31, reason = "Refund in cash" }, Guid.NewGuid().ToString());
        var (unknown, unknownProblem) = await AdjustAsync(999_999, new { points = 5, reason = "Who?" }, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Equal(Problems + "invalid", noKeyProblem.GetProperty("type").GetString());
        Assert.True(noKeyProblem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True(noReasonProblem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.True(zeroProblem.GetProperty("errors").TryGetProperty("points", out _));
        Assert.Equal(HttpStatusCode.Conflict, overdraw.StatusCode);
        Assert.Equal("application/problem+json", overdraw.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Problems + "insufficient-points", overdrawProblem.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(Problems + "not-found", unknownProblem.GetProperty("type").GetString());
        Assert.Equal(30, (await _rig.DetailsAsync(member.Id)).GetProperty("points").GetInt64());
        Assert.Equal(1, await _rig.Service.CountAsync("SELECT COUNT(*) FROM ledger_entries WHERE member_id = @Id", member));
        var (taken, _) = await AdjustAsync(member.Id, new { points = -30, reason = "Refund in cash" }, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(0, (await _rig.DetailsAsync(member.Id)).GetProperty("points").GetInt64());
    }
}
