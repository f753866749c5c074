using System.Text.Json.Nodes;
using WalletLoyalty.Push.Fcm;
using WalletLoyalty.Tests.Fakes.Google;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Push.Fcm;

/// <summary>The real FCM client against a fake FCM: what each answer means for the token (protocols.md §5).</summary>
public sealed class FcmClientTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private GoogleRig _google = null!;

    private FakeFcm Fcm => _google.Fcm;

    public async Task InitializeAsync() => _google = await GoogleRig.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    [Fact]
    public async Task A_message_FCM_accepts_is_Sent_with_its_name_and_arrives_as_built()
    {
        var token = GoogleRig.NewFcmToken();
        var message = FcmMessage.ToToken(
            token,
            new FcmNotification("Points added", "You now have 130 points"),
            new JsonObject { ["passId"] = "member-1", ["balance"] = "130" }) with
        {
            Android = new JsonObject { ["priority"] = "HIGH", ["collapse_key"] = "balance" },
        };

        var result = await _google.FcmClient.SendAsync(message, default);

        Assert.Equal(FcmOutcome.Sent, result.Outcome);
        Assert.StartsWith($"projects/{Fcm.ProjectId}/messages/", result.Name);
        await Fcm.WaitForMessagesAsync(1, Timeout);
        var received = Assert.Single(Fcm.AcceptedMessages);
        Assert.Equal(token, received["token"]!.GetValue<string>());
        Assert.Equal("You now have 130 points", received["notification"]!["body"]!.GetValue<string>());
        Assert.Equal("130", received["data"]!["balance"]!.GetValue<string>());
        Assert.Equal("balance", received["android"]!["collapse_key"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_token_is_fetched_once_for_many_messages()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(FcmOutcome.Sent, (await SendAsync(GoogleRig.NewFcmToken())).Outcome);
        }

        await Fcm.WaitForMessagesAsync(3, Timeout);
        Assert.Equal(1, _google.TokenServer.TokenRequestCount);
    }

    [Fact]
    public async Task An_unregistered_token_is_to_be_removed()
    {
        var token = GoogleRig.NewFcmToken();
        Fcm.AnswerAlways(token, FakeFcmReply.Unregistered());

        var result = await SendAsync(token);

        Assert.Equal((FcmOutcome.RemoveToken, 404, "UNREGISTERED"), (result.Outcome, result.StatusCode, result.ErrorCode));
        Assert.Empty(Fcm.AcceptedMessages);
    }

    [Fact]
    public async Task A_token_FCM_calls_invalid_is_to_be_removed()
    {
        var token = GoogleRig.NewFcmToken();
        Fcm.AnswerNext(token, FakeFcmReply.InvalidToken());

        var result = await SendAsync(token);

        Assert.Equal((FcmOutcome.RemoveToken, 400, "INVALID_ARGUMENT"), (result.Outcome, result.StatusCode, result.ErrorCode));
    }

    [Fact]
    public async Task A_token_that_is_not_token_shaped_is_refused_by_FCM_and_to_be_removed()
    {
        var result = await SendAsync("not a token!");

        Assert.Equal((FcmOutcome.RemoveToken, 400), (result.Outcome, result.StatusCode));
        Assert.Equal(1, Fcm.RequestCount);
    }

    [Fact]
    public async Task An_invalid_argument_that_is_not_about_the_token_fails_and_keeps_the_token()
    {
        var token = GoogleRig.NewFcmToken();
        Fcm.AnswerNext(token, FakeFcmReply.InvalidMessage("Invalid value at 'message.android.ttl'", "message.android.ttl"));

        var result = await SendAsync(token);

        Assert.Equal((FcmOutcome.Failed, 400, "INVALID_ARGUMENT"), (result.Outcome, result.StatusCode, result.ErrorCode));
    }

    [Fact]
    public async Task A_token_of_another_Firebase_project_is_to_be_removed()
    {
        var token = GoogleRig.NewFcmToken();
        Fcm.AnswerAlways(token, FakeFcmReply.SenderIdMismatch());

        var result = await SendAsync(token);

        Assert.Equal((FcmOutcome.RemoveToken, 403, "SENDER_ID_MISMATCH"), (result.Outcome, result.StatusCode, result.ErrorCode));
    }

    [Fact]
    public async Task Quota_exceeded_is_Retry_no_sooner_than_FCMs_Retry_After_then_the_message_goes()
    {
        var token = GoogleRig.NewFcmToken();
        Fcm.AnswerNext(token, FakeFcmReply.QuotaExceeded(TimeSpan.FromSeconds(60)));

        var first = await SendAsync(token);
        var second = await SendAsync(token);

        Assert.Equal(
            (FcmOutcome.Retry, 429, "QUOTA_EXCEEDED", TimeSpan.FromSeconds(60)),
            (first.Outcome, first.StatusCode, first.ErrorCode, first.RetryAfter));
        Assert.Equal(FcmOutcome.Sent, second.Outcome);
    }

    [Fact]
    public async Task Unavailable_and_internal_errors_are_Retry()
    {
        var token = GoogleRig.NewFcmToken();
        Fcm.AnswerNext(token, FakeFcmReply.Unavailable(TimeSpan.FromSeconds(5)), FakeFcmReply.Internal());

        var unavailable = await SendAsync(token);
        var internalError = await SendAsync(token);

        Assert.Equal((FcmOutcome.Retry, 503, TimeSpan.FromSeconds(5)), (unavailable.Outcome, unavailable.StatusCode, unavailable.RetryAfter));
        Assert.Equal((FcmOutcome.Retry, 500, "INTERNAL"), (internalError.Outcome, internalError.StatusCode, internalError.ErrorCode));
    }

    [Fact]
    public async Task A_token_without_the_messaging_scope_is_refused_by_FCM()
    {
        using var http = new HttpClient { BaseAddress = Fcm.BaseAddress };
        var walletScopedOnly = new FcmClient(http, new OneScopeTokens(_google.ServiceAccount, GoogleScopes.WalletObjectIssuer), Fcm.ProjectId);

        var result = await walletScopedOnly.SendAsync(FcmMessage.ToToken(GoogleRig.NewFcmToken(), new FcmNotification("t", "b")), default);

        Assert.Equal((FcmOutcome.Failed, 401), (result.Outcome, result.StatusCode));
    }

    private Task<FcmResult> SendAsync(string token) =>
        _google.FcmClient.SendAsync(FcmMessage.ToToken(token, new FcmNotification("Fresh bread", "Out of the oven now")), default);

    /// <summary>Hands out a token for one fixed scope whatever is asked.</summary>
    private sealed class OneScopeTokens(IGoogleAccessTokenSource inner, string scope) : IGoogleAccessTokenSource
    {
        public Task<string> GetAccessTokenAsync(string requested, CancellationToken cancellationToken) =>
            inner.GetAccessTokenAsync(scope, cancellationToken);
    }
}
