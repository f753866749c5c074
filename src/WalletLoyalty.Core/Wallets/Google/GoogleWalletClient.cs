using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Apis.Auth.OAuth2.Responses;

namespace WalletLoyalty.Wallets.Google;

/// <summary>
/// Google Wallet REST client over <see cref="HttpClient"/>. Give it a client whose
/// <see cref="HttpClient.BaseAddress"/> is <see cref="GoogleOptions.WalletApiBaseAddress"/>.
/// </summary>
public sealed class GoogleWalletClient : IGoogleWalletClient
{
    private readonly HttpClient _httpClient;
    private readonly IGoogleAccessTokenSource _tokens;
    private readonly TimeProvider _timeProvider;

    public GoogleWalletClient(HttpClient httpClient, IGoogleAccessTokenSource tokens, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(tokens);
        if (httpClient.BaseAddress is null || !httpClient.BaseAddress.AbsolutePath.EndsWith('/'))
        {
            throw new ArgumentException(
                "HttpClient.BaseAddress must be set and end with '/', normally to https://walletobjects.googleapis.com/walletobjects/v1/.",
                nameof(httpClient));
        }

        _httpClient = httpClient;
        _tokens = tokens;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public Task<GoogleWalletResult> InsertAsync(
        WalletResourceKind kind, JsonObject resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return SendAsync(HttpMethod.Post, WalletResourcePaths.Collection(kind), resource, cancellationToken);
    }

    public Task<GoogleWalletResult> GetAsync(WalletResourceKind kind, string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return SendAsync(HttpMethod.Get, WalletResourcePaths.Resource(kind, id), null, cancellationToken);
    }

    public Task<GoogleWalletResult> PatchAsync(
        WalletResourceKind kind, string id, JsonObject changes, bool notifyOnUpdate, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(changes);
        var body = changes.DeepClone().AsObject();
        if (notifyOnUpdate)
        {
            // Ephemeral: Google applies it to this update only, so it goes with every notifying patch.
            body["notifyPreference"] = "NOTIFY_ON_UPDATE";
        }

        return SendAsync(HttpMethod.Patch, WalletResourcePaths.Resource(kind, id), body, cancellationToken);
    }

    public async Task<GoogleWalletResult> AddMessageAsync(
        WalletResourceKind kind, string id, WalletMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(message);
        var result = await SendAsync(
            HttpMethod.Post,
            WalletResourcePaths.Resource(kind, id) + "/addMessage",
            new JsonObject { ["message"] = WalletMessageJson.From(message) },
            cancellationToken);
        return result.Resource?["resource"] is JsonObject updated ? result with { Resource = updated } : result;
    }

    private async Task<GoogleWalletResult> SendAsync(
        HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        return await GoogleApiCall.SendAsync(
            _httpClient, _tokens, GoogleScopes.WalletObjectIssuer, method, path, body,
            response => ReadResultAsync(response, cancellationToken), Transient,
            exception => new GoogleWalletResult(
                AccessTokenFailure.IsTransient(exception) ? GoogleWalletOutcome.Retry : GoogleWalletOutcome.Failed,
                null, null, AccessTokenFailure.Describe(exception), exception.Message, null),
            cancellationToken);
    }

    private async Task<GoogleWalletResult> ReadResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var statusCode = (int)response.StatusCode;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return GoogleWalletResponseClassifier.Classify(
                statusCode, GoogleApiError.Read(body), RetryAfterHeader.Read(response, _timeProvider));
        }

        try
        {
            return JsonNode.Parse(body) is JsonObject resource
                ? GoogleWalletResult.Ok(resource, statusCode)
                : UnreadableSuccess(statusCode);
        }
        catch (JsonException)
        {
            return UnreadableSuccess(statusCode);
        }
    }

    private static GoogleWalletResult UnreadableSuccess(int statusCode) =>
        new(GoogleWalletOutcome.Failed, null, statusCode, "UnreadableResponse", "The success response was not a JSON object.", null);

    private static GoogleWalletResult Transient(string reason) =>
        new(GoogleWalletOutcome.Retry, null, null, reason, null, null);
}
