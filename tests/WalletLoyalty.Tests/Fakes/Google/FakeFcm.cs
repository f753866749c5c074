using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// FCM's HTTP v1 <c>messages:send</c> for one project: a firebase.messaging (or cloud-platform) token
/// from the fake token server, exactly one target, string-only data without reserved keys, at most
/// 4096 bytes of payload, then the answer scripted for the token, or acceptance.
/// </summary>
public sealed class FakeFcm : IAsyncDisposable
{
    private readonly FakeGoogleTokenServer _tokens;
    private readonly FakeKeyedReplies _script = new();
    private readonly AwaitableLog<FakeFcmAnswer> _answers = new();
    private readonly AwaitableLog<JsonObject> _accepted = new();
    private FakeGoogleHost _host = null!;
    private int _requestCount;

    private FakeFcm(FakeGoogleTokenServer tokens, string projectId)
    {
        _tokens = tokens;
        ProjectId = projectId;
    }

    public string ProjectId { get; }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseAddress => _host.RootAddress;

    /// <summary>Requests that reached the endpoint, accepted or not.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>The <c>message</c> objects FCM accepted, in order.</summary>
    public IReadOnlyList<JsonObject> AcceptedMessages => _accepted.Snapshot();

    public static async Task<FakeFcm> StartAsync(FakeGoogleTokenServer tokens, string projectId)
    {
        var fcm = new FakeFcm(tokens, projectId);
        fcm._host = await FakeGoogleHost.StartAsync(fcm.HandleAsync);
        return fcm;
    }

    /// <summary>From now on every message to <paramref name="token"/> gets this error.</summary>
    public void AnswerAlways(string token, GoogleErrorReply reply) => _script.Always(token, reply);

    /// <summary>The next messages to <paramref name="token"/> get these errors, in order; then they are accepted.</summary>
    public void AnswerNext(string token, params GoogleErrorReply[] replies) => _script.Enqueue(token, replies);

    /// <summary>The next messages to <paramref name="token"/> are answered only after these delays, in order.</summary>
    public void DelayNext(string token, params TimeSpan[] delays) => _script.DelayNext(token, delays);

    /// <summary>Every answer to a message with a token, in the order the requests arrived.</summary>
    public IReadOnlyList<FakeFcmAnswer> Answers => _answers.Snapshot();

    public Task WaitForMessagesAsync(int count, TimeSpan timeout) => _accepted.WaitForAsync(count, timeout, "accepted FCM messages");

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requestCount);
        var arrived = DateTimeOffset.UtcNow;
        var (body, error) = await CheckRequestAsync(context.Request);
        error ??= FakeFcmMessageChecks.Check(body!);
        var token = error is null ? FakeFcmMessageChecks.Token(body!) : null;
        if (token is not null)
        {
            await Task.Delay(_script.NextDelayFor(token));
            error = _script.NextReplyFor(token);
            _answers.Add(new FakeFcmAnswer(token, error?.StatusCode ?? 200, arrived));
        }
        if (error is not null)
        {
            await error.WriteAsync(context.Response);
            return;
        }

        var message = body!["message"]!.AsObject();
        if (body["validate_only"]?.GetValueKind() != JsonValueKind.True)
        {
            _accepted.Add(message.DeepClone().AsObject());
        }

        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(new JsonObject
        {
            ["name"] = $"projects/{ProjectId}/messages/0:{Guid.NewGuid():N}",
        }.ToJsonString());
    }

    private async Task<(JsonObject? Body, GoogleErrorReply? Error)> CheckRequestAsync(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        if (!HttpMethods.IsPost(request.Method) || !path.StartsWith("/v1/projects/", StringComparison.Ordinal)
            || !path.EndsWith("/messages:send", StringComparison.Ordinal))
        {
            return (null, GoogleErrorReply.NotFound($"No such method: {request.Method} {path}"));
        }

        if (!_tokens.Allows(BearerToken.Read(request), GoogleScopes.FirebaseMessaging, FakeGoogleTokenServer.CloudPlatformScope))
        {
            return (null, GoogleErrorReply.Unauthenticated());
        }

        if (path != $"/v1/projects/{ProjectId}/messages:send")
        {
            return (null, new GoogleErrorReply(403, "PERMISSION_DENIED", "Permission 'cloudmessaging.messages.create' denied on resource."));
        }

        try
        {
            return await JsonNode.ParseAsync(request.Body) is JsonObject body
                ? (body, null)
                : (null, FakeFcmReply.InvalidMessage("Invalid JSON payload received. Expected an object."));
        }
        catch (JsonException exception)
        {
            return (null, FakeFcmReply.InvalidMessage("Invalid JSON payload received. " + exception.Message));
        }
    }
}
