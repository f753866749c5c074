using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// Google Wallet's REST API for loyalty and offer classes and objects (insert, get, patch,
/// addMessage) with its checks: a wallet-scoped token from the fake token server, known fields
/// only, ids of the configured issuer, 409 on a repeated insert, 404 for missing resources and
/// classes, whole-array patches, and 3 notifications per pass per 24 hours.
/// </summary>
public sealed class FakeGoogleWalletApi : IAsyncDisposable
{
    private const string PathPrefix = "/walletobjects/v1/";

    private readonly FakeGoogleTokenServer _tokens;
    private readonly FakeWalletStore _store;
    private readonly FakeFaultScript _faults = new();
    private readonly FakeKeyedReplies _perResource = new();
    private readonly AwaitableLog<FakeWalletRequest> _requests = new();
    private FakeGoogleHost _host = null!;

    private FakeGoogleWalletApi(FakeGoogleTokenServer tokens, string issuerId, TimeProvider timeProvider)
    {
        _tokens = tokens;
        IssuerId = issuerId;
        _store = new FakeWalletStore(issuerId, timeProvider);
    }

    public string IssuerId { get; }

    /// <summary>http://127.0.0.1:{port}/walletobjects/v1/</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<FakeWalletRequest> Requests => _requests.Snapshot();

    public static async Task<FakeGoogleWalletApi> StartAsync(
        FakeGoogleTokenServer tokens, string issuerId, TimeProvider? timeProvider = null)
    {
        var api = new FakeGoogleWalletApi(tokens, issuerId, timeProvider ?? TimeProvider.System);
        api._host = await FakeGoogleHost.StartAsync(api.HandleAsync);
        api.BaseAddress = new Uri(api._host.RootAddress, PathPrefix.TrimStart('/'));
        return api;
    }

    /// <summary>The next <paramref name="count"/> requests get this status (429 or 5xx), with Retry-After if given.</summary>
    public void FailNextRequests(int count, int statusCode, TimeSpan? retryAfter = null) =>
        _faults.FailNext(count, FakeFaultScript.ErrorFor(statusCode, retryAfter));

    /// <summary>The next requests for the class or object <paramref name="id"/> get these errors, in order.</summary>
    public void FailNextFor(string id, params GoogleErrorReply[] replies) => _perResource.Enqueue(id, replies);

    /// <summary>The next requests for the class or object <paramref name="id"/> are answered only after these delays.</summary>
    public void DelayNextFor(string id, params TimeSpan[] delays) => _perResource.DelayNext(id, delays);

    /// <summary>The stored resource, e.g. <c>Stored("loyaltyObject", id)</c>; null when there is none.</summary>
    public JsonObject? Stored(string collection, string id) => _store.Find(collection, id);

    public int NotificationsInLastDay(string collection, string id) => _store.NotificationsInLastDay(collection, id);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request);
        _requests.Add(new FakeWalletRequest(request.Method, request.Path.Value ?? "", body.Json));
        var resource = ResourceIdOf(request.Path.Value ?? "");
        await Task.Delay(resource is null ? TimeSpan.Zero : _perResource.NextDelayFor(resource));
        var answer = (_faults.TakeNext() ?? (resource is null ? null : _perResource.NextReplyFor(resource))) is { } fault
            ? fault
            : !_tokens.Allows(BearerToken.Read(request), GoogleScopes.WalletObjectIssuer)
                ? GoogleErrorReply.Unauthenticated()
                : body.Error ?? Route(request.Method, request.Path.Value ?? "", body.Json);
        await WriteAsync(context.Response, answer);
    }

    private static string? ResourceIdOf(string path) =>
        path.StartsWith(PathPrefix, StringComparison.Ordinal) && path[PathPrefix.Length..].Split('/') is [_, var id, ..] ? id : null;

    private FakeWalletAnswer Route(string method, string path, JsonObject? body)
    {
        var segments = path.StartsWith(PathPrefix, StringComparison.Ordinal)
            ? path[PathPrefix.Length..].Split('/')
            : [];
        if (segments.Length == 0 || !FakeWalletSchema.ByCollection.TryGetValue(segments[0], out var schema))
        {
            return GoogleErrorReply.NotFound($"No such method: {method} {path}");
        }

        if (segments.Length > 1 && !FakeWalletResourceChecks.IsValidId(segments[1], IssuerId))
        {
            return GoogleErrorReply.BadRequest($"Invalid resource ID '{segments[1]}'.");
        }

        return (method, segments.Length, segments.ElementAtOrDefault(2)) switch
        {
            ("POST", 1, _) when body is not null => _store.Insert(schema, body),
            ("GET", 2, _) => _store.Get(schema, segments[1]),
            ("PATCH", 2, _) when body is not null => _store.Patch(schema, segments[1], body),
            ("POST", 3, "addMessage") when body is not null => _store.AddMessage(schema, segments[1], body),
            ("POST" or "PATCH", _, _) when body is null => GoogleErrorReply.BadRequest("A JSON body is required."),
            _ => GoogleErrorReply.NotFound($"No such method: {method} {path}"),
        };
    }

    private static async Task<(JsonObject? Json, GoogleErrorReply? Error)> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (buffer.Length == 0)
        {
            return (null, null);
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (null, GoogleErrorReply.BadRequest("Content-Type must be application/json."));
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray()) is JsonObject json
                ? (json, null)
                : (null, GoogleErrorReply.BadRequest("Invalid JSON payload received. Expected an object."));
        }
        catch (JsonException exception)
        {
            return (null, GoogleErrorReply.BadRequest("Invalid JSON payload received. " + exception.Message));
        }
    }

    private static async Task WriteAsync(HttpResponse response, FakeWalletAnswer answer)
    {
        if (answer.Error is { } error)
        {
            await error.WriteAsync(response);
            return;
        }

        response.ContentType = "application/json; charset=UTF-8";
        await response.WriteAsync(answer.Body!.ToJsonString());
    }
}
