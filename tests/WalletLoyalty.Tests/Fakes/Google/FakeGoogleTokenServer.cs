using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// Google's OAuth 2.0 token endpoint for service accounts (<c>POST /token</c> with a JWT-bearer
/// assertion). Issues tokens only for assertions signed by a trusted account's key, and remembers
/// which scopes each token carries so the API fakes can check them.
/// </summary>
public sealed class FakeGoogleTokenServer : IAsyncDisposable
{
    public const string CloudPlatformScope = "https://www.googleapis.com/auth/cloud-platform";

    private const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private static readonly HashSet<string> KnownScopes =
        [GoogleScopes.WalletObjectIssuer, GoogleScopes.FirebaseMessaging, CloudPlatformScope];

    private readonly ConcurrentDictionary<string, FakeTrustedKey> _trustedKeys = new();
    private readonly ConcurrentDictionary<string, (FakeTokenGrant Grant, DateTimeOffset Expires)> _issued = new();
    private readonly TimeProvider _timeProvider;
    private FakeGoogleHost _host = null!;
    private int _tokenRequestCount;
    private int _tokensIssued;

    private FakeGoogleTokenServer(TimeProvider timeProvider) => _timeProvider = timeProvider;

    /// <summary>http://127.0.0.1:{port}/token, the <c>token_uri</c> written into test key files.</summary>
    public Uri TokenUri { get; private set; } = null!;

    /// <summary>Token requests received, granted or not.</summary>
    public int TokenRequestCount => Volatile.Read(ref _tokenRequestCount);

    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    public static async Task<FakeGoogleTokenServer> StartAsync(TimeProvider? timeProvider = null)
    {
        var server = new FakeGoogleTokenServer(timeProvider ?? TimeProvider.System);
        server._host = await FakeGoogleHost.StartAsync(server.HandleAsync);
        server.TokenUri = new Uri(server._host.RootAddress, "token");
        return server;
    }

    /// <summary>Accept assertions from <paramref name="clientEmail"/> signed with this key.</summary>
    public void Trust(string clientEmail, string keyId, RSAParameters publicKey) =>
        _trustedKeys[clientEmail] = new FakeTrustedKey(keyId, publicKey);

    /// <summary>The grant behind an access token, if this server issued it and it has not expired.</summary>
    public FakeTokenGrant? FindGrant(string? accessToken) =>
        accessToken is not null
        && _issued.TryGetValue(accessToken, out var issued)
        && issued.Expires > _timeProvider.GetUtcNow()
            ? issued.Grant
            : null;

    public bool Allows(string? accessToken, params string[] anyOfScopes) =>
        FindGrant(accessToken) is { } grant && grant.Scopes.Any(anyOfScopes.Contains);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path != "/token" || !HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Interlocked.Increment(ref _tokenRequestCount);
        if (!context.Request.HasFormContentType)
        {
            await WriteErrorAsync(context.Response, "invalid_request", "Expected application/x-www-form-urlencoded.");
            return;
        }

        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != JwtBearerGrant)
        {
            await WriteErrorAsync(context.Response, "unsupported_grant_type", "Invalid grant_type: " + form["grant_type"]);
            return;
        }

        var (grant, error) = FakeAssertionChecks.Check(
            form["assertion"].ToString(), TokenUri, _trustedKeys, KnownScopes, _timeProvider.GetUtcNow());
        if (grant is null)
        {
            await WriteErrorAsync(context.Response, error == "invalid_scope" ? "invalid_scope" : "invalid_grant", error!);
            return;
        }

        await WriteTokenAsync(context.Response, grant);
    }

    private async Task WriteTokenAsync(HttpResponse response, FakeTokenGrant grant)
    {
        var token = "ya29.fake-" + RandomNumberGenerator.GetHexString(32, lowercase: true);
        _issued[token] = (grant, _timeProvider.GetUtcNow().AddHours(1));
        Interlocked.Increment(ref _tokensIssued);
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(new JsonObject
        {
            ["access_token"] = token,
            ["expires_in"] = 3600,
            ["token_type"] = "Bearer",
        }.ToJsonString());
    }

    private static async Task WriteErrorAsync(HttpResponse response, string error, string description)
    {
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(new JsonObject { ["error"] = error, ["error_description"] = description }.ToJsonString());
    }
}
