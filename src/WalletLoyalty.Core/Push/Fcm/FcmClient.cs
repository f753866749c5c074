using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Apis.Auth.OAuth2.Responses;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Push.Fcm;

/// <summary>
/// FCM HTTP v1 client. Give it an <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/>
/// is <see cref="FcmOptions.BaseAddress"/>.
/// </summary>
public sealed class FcmClient : IFcmClient
{
    private readonly HttpClient _httpClient;
    private readonly IGoogleAccessTokenSource _tokens;
    private readonly string _sendPath;
    private readonly TimeProvider _timeProvider;

    public FcmClient(HttpClient httpClient, IGoogleAccessTokenSource tokens, string projectId, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        if (httpClient.BaseAddress is null)
        {
            throw new ArgumentException("HttpClient.BaseAddress must be set, normally to https://fcm.googleapis.com/.", nameof(httpClient));
        }

        _httpClient = httpClient;
        _tokens = tokens;
        _sendPath = $"v1/projects/{Uri.EscapeDataString(projectId)}/messages:send";
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public async Task<FcmResult> SendAsync(FcmMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (FcmMessageValidator.FindProblem(message) is { } problem)
        {
            return new FcmResult(FcmOutcome.Failed, null, null, "InvalidMessage", problem, null);
        }

        return await GoogleApiCall.SendAsync(
            _httpClient, _tokens, GoogleScopes.FirebaseMessaging, HttpMethod.Post, _sendPath, FcmMessageJson.Body(message),
            response => ReadResultAsync(response, cancellationToken), Transient,
            exception => new FcmResult(
                AccessTokenFailure.IsTransient(exception) ? FcmOutcome.Retry : FcmOutcome.Failed,
                null, null, AccessTokenFailure.Describe(exception), exception.Message, null),
            cancellationToken);
    }

    private async Task<FcmResult> ReadResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var statusCode = (int)response.StatusCode;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return FcmResponseClassifier.Classify(
                statusCode, FcmErrorBody.Read(body), RetryAfterHeader.Read(response, _timeProvider));
        }

        return new FcmResult(FcmOutcome.Sent, ReadName(body), statusCode, null, null, null);
    }

    private static string? ReadName(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("name", out var name)
                && name.ValueKind == JsonValueKind.String
                    ? name.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FcmResult Transient(string reason) => new(FcmOutcome.Retry, null, null, reason, null, null);
}
