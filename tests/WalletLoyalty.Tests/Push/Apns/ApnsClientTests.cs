using WalletLoyalty.Push.Apns;
using WalletLoyalty.Tests.Fakes;
using WalletLoyalty.Tests.Support;
using static WalletLoyalty.Tests.Push.Apns.ApnsClientAgainstFake;

namespace WalletLoyalty.Tests.Push.Apns;

/// <summary>What each APNs answer means for the registration (protocols.md §3.3).</summary>
public sealed class ApnsClientTests(PassCertificateFixture certificates)
    : IClassFixture<PassCertificateFixture>, IAsyncLifetime
{
    private ApnsClientAgainstFake _apns = null!;

    private string PassTypeIdentifier => certificates.Pki.PassTypeIdentifier;

    private FakeApnsServer Server => _apns.Server;

    public async Task InitializeAsync() => _apns = await StartAsync(certificates);

    public async Task DisposeAsync() => await _apns.DisposeAsync();

    [Fact]
    public async Task A_push_APNs_accepts_is_delivered_with_the_pass_certificate_loaded_from_PKCS12()
    {
        var token = NewToken();

        var result = await SendAsync(token);

        Assert.Equal(new ApnsResult(ApnsOutcome.Delivered, 200, null, null), result);
        var delivery = Assert.Single(Server.Deliveries);
        Assert.Equal(token, delivery.Token);
        Assert.Equal(PassTypeIdentifier, delivery.Topic);
        Assert.Equal(certificates.Pki.PassCertificate.Thumbprint, delivery.ClientCertificateThumbprint);
    }

    [Fact]
    public async Task An_unregistered_token_asks_for_its_registration_to_be_removed()
    {
        var token = NewToken();
        var since = DateTimeOffset.Parse("2026-11-30T08:15:00.250Z", System.Globalization.CultureInfo.InvariantCulture);
        Server.MarkUnregistered(token, since);

        var result = await SendAsync(token);

        Assert.Equal(new ApnsResult(ApnsOutcome.RemoveRegistration, 410, "Unregistered", null, since), result);
        Assert.Empty(Server.Deliveries);
    }

    [Fact]
    public async Task A_token_APNs_calls_bad_asks_for_its_registration_to_be_removed()
    {
        var hexButTooShortForApns = NewToken()[..32];

        var result = await SendAsync(hexButTooShortForApns);

        Assert.Equal(new ApnsResult(ApnsOutcome.RemoveRegistration, 400, "BadDeviceToken", null), result);
        Assert.Equal(1, Server.RequestCount);
    }

    [Theory]
    [InlineData("not-a-hex-token")]
    [InlineData("abc")]
    [InlineData("")]
    public async Task A_token_that_is_not_even_length_hex_is_removed_without_calling_APNs(string token)
    {
        var result = await SendAsync(token);

        Assert.Equal(new ApnsResult(ApnsOutcome.RemoveRegistration, null, "BadDeviceToken", null), result);
        Assert.Equal(0, Server.RequestCount);
    }

    [Fact]
    public async Task Too_many_requests_asks_for_a_retry_after_the_delay_APNs_gives()
    {
        var token = NewToken();
        Server.EnqueueReplies(token, new FakeApnsReply(429, "TooManyRequests", TimeSpan.FromSeconds(30)));

        var result = await SendAsync(token);

        Assert.Equal(new ApnsResult(ApnsOutcome.Retry, 429, "TooManyRequests", TimeSpan.FromSeconds(30)), result);
        Assert.Empty(Server.Deliveries);
    }

    [Theory]
    [InlineData(500, "InternalServerError")]
    [InlineData(503, "ServiceUnavailable")]
    public async Task A_server_error_asks_for_a_retry(int statusCode, string reason)
    {
        var token = NewToken();
        Server.EnqueueReplies(token, new FakeApnsReply(statusCode, reason));

        var result = await SendAsync(token);

        Assert.Equal(new ApnsResult(ApnsOutcome.Retry, statusCode, reason, null), result);
    }

    [Fact]
    public async Task A_retried_push_is_delivered_once_APNs_recovers()
    {
        var token = NewToken();
        Server.EnqueueReplies(
            token,
            new FakeApnsReply(429, "TooManyRequests", TimeSpan.FromSeconds(1)),
            new FakeApnsReply(500, "InternalServerError"));

        var outcomes = new List<ApnsOutcome>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            outcomes.Add((await SendAsync(token)).Outcome);
        }

        Assert.Equal([ApnsOutcome.Retry, ApnsOutcome.Retry, ApnsOutcome.Delivered], outcomes);
        Assert.Single(Server.Deliveries);
    }

    [Fact]
    public async Task A_topic_the_certificate_does_not_cover_fails_and_keeps_the_registration()
    {
        var result = await _apns.Client.SendPassUpdateAsync(NewToken(), "pass.com.example.other", CancellationToken.None);

        Assert.Equal(new ApnsResult(ApnsOutcome.Failed, 400, "TopicDisallowed", null), result);
        Assert.Empty(Server.Deliveries);
    }

    [Fact]
    public async Task A_token_registered_for_another_topic_asks_for_its_registration_to_be_removed()
    {
        var token = NewToken();
        Server.EnqueueReplies(token, new FakeApnsReply(400, "DeviceTokenNotForTopic"));

        var result = await SendAsync(token);

        Assert.Equal(new ApnsResult(ApnsOutcome.RemoveRegistration, 400, "DeviceTokenNotForTopic", null), result);
    }

    [Fact]
    public async Task A_credential_problem_fails_with_APNs_reason()
    {
        var token = NewToken();
        Server.EnqueueReplies(token, new FakeApnsReply(403, "BadCertificateEnvironment"));

        var result = await SendAsync(token);

        Assert.Equal(new ApnsResult(ApnsOutcome.Failed, 403, "BadCertificateEnvironment", null), result);
    }

    [Theory]
    [InlineData("<html>Bad Request</html>")]
    [InlineData("[\"reason\"]")]
    [InlineData("{\"reason\":42}")]
    public async Task An_error_body_that_is_not_the_usual_JSON_still_fails_with_the_status(string body)
    {
        var token = NewToken();
        Server.EnqueueReplies(token, new FakeApnsReply(400, RawBody: body));

        var result = await SendAsync(token);

        Assert.Equal(new ApnsResult(ApnsOutcome.Failed, 400, null, null), result);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_thrown_not_reported_as_a_retry()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _apns.Client.SendPassUpdateAsync(NewToken(), PassTypeIdentifier, cancellation.Token));
    }

    private Task<ApnsResult> SendAsync(string token) =>
        _apns.Client.SendPassUpdateAsync(token, PassTypeIdentifier, CancellationToken.None);
}
