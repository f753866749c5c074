using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Push.Apns;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Fakes;

/// <summary>The fake must catch what APNs would reject, or the client tests prove little.</summary>
public sealed class FakeApnsServerTests(PassCertificateFixture certificates)
    : IClassFixture<PassCertificateFixture>, IAsyncLifetime
{
    // The fixture's default pass type id; a constant so it can appear in InlineData.
    private const string Topic = "pass.com.example.walletloyalty.test";
    private static readonly string Token = new('a', 64);

    private FakeApnsServer _server = null!;
    private HttpClient _httpClient = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeApnsServer.StartAsync(certificates.Pki);
        _httpClient = new HttpClient(ApnsHttpHandlerFactory.Create(certificates.ClientCertificate, [certificates.Pki.ServerCa]))
        {
            BaseAddress = _server.BaseAddress,
        };
    }

    public async Task DisposeAsync()
    {
        _httpClient.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("GET", "/3/device/{token}", null, "5", "{}", 405, "MethodNotAllowed")]
    [InlineData("POST", "/3/devices/{token}", Topic, "5", "{}", 404, "BadPath")]
    [InlineData("POST", "/3/device/abcd", Topic, "5", "{}", 400, "BadDeviceToken")]
    [InlineData("POST", "/3/device/{token}", null, "5", "{}", 400, "MissingTopic")]
    [InlineData("POST", "/3/device/{token}", "pass.com.example.other", "5", "{}", 400, "TopicDisallowed")]
    [InlineData("POST", "/3/device/{token}", Topic, "7", "{}", 400, "BadPriority")]
    [InlineData("POST", "/3/device/{token}", Topic, "10", "{}", 400, "BadPriority")]
    [InlineData("POST", "/3/device/{token}", Topic, null, "{}", 400, "BadPriority")]
    [InlineData("POST", "/3/device/{token}", Topic, "5", "", 400, "PayloadEmpty")]
    [InlineData("POST", "/3/device/{token}", Topic, "5", "not json", 400, "BadPayload")]
    [InlineData("POST", "/3/device/{token}", Topic, "5", "[]", 400, "BadPayload")]
    public async Task A_request_APNs_would_reject_is_rejected_with_APNs_reason(
        string method, string path, string? topic, string? priority, string body, int status, string reason)
    {
        using var request = Http2Request(new HttpMethod(method), path.Replace("{token}", Token));
        request.Headers.Add("apns-push-type", "background");
        if (topic is not null)
        {
            request.Headers.Add("apns-topic", topic);
        }

        if (priority is not null)
        {
            request.Headers.Add("apns-priority", priority);
        }

        if (method == "POST")
        {
            request.Content = new StringContent(body);
        }

        using var response = await _httpClient.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        Assert.True(response.Headers.Contains("apns-id"));
        Assert.Empty(_server.Deliveries);
    }

    [Fact]
    public async Task An_unregistered_token_gets_410_with_a_millisecond_timestamp()
    {
        _server.MarkUnregistered(Token);
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        using var response = await _httpClient.SendAsync(ValidRequest());

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("Unregistered", body.GetProperty("reason").GetString());
        Assert.InRange(body.GetProperty("timestamp").GetInt64(), before, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Waiting_for_deliveries_times_out_when_too_few_arrive()
    {
        using var response = await _httpClient.SendAsync(ValidRequest());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _server.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<TimeoutException>(
            () => _server.WaitForDeliveriesAsync(2, TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task A_push_answered_late_counts_as_delivered_before_its_answer_comes()
    {
        _server.EnqueueReplies(Token, new FakeApnsReply(200, AnswerAfter: TimeSpan.FromMinutes(1)));
        using var request = ValidRequest();
        using var giveUp = new CancellationTokenSource();

        var answer = _httpClient.SendAsync(request, giveUp.Token);
        await _server.WaitForDeliveriesAsync(1, TimeSpan.FromSeconds(10));

        Assert.False(answer.IsCompleted);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => answer);
    }

    [Fact]
    public async Task An_HTTP_1_1_request_is_refused()
    {
        using var request = ValidRequest();
        request.Version = HttpVersion.Version11;

        await Assert.ThrowsAsync<HttpRequestException>(() => _httpClient.SendAsync(request));
        Assert.Equal(0, _server.RequestCount);
    }

    private static HttpRequestMessage Http2Request(HttpMethod method, string path) =>
        new(method, path) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };

    private static HttpRequestMessage ValidRequest()
    {
        var request = Http2Request(HttpMethod.Post, $"/3/device/{Token}");
        request.Content = new StringContent("{}");
        request.Headers.Add("apns-topic", Topic);
        request.Headers.Add("apns-push-type", "background");
        request.Headers.Add("apns-priority", "5");
        return request;
    }
}
