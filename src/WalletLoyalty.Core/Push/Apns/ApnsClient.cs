using System.Net;
using System.Net.Http.Headers;

namespace WalletLoyalty.Push.Apns;

/// <summary>
/// APNs provider client for Wallet pass updates. Give it an <see cref="HttpClient"/> whose
/// <see cref="HttpClient.BaseAddress"/> is an <see cref="ApnsEndpoints"/> value and whose handler
/// comes from <see cref="ApnsHttpHandlerFactory"/>.
/// </summary>
public sealed class ApnsClient : IApnsClient
{
    private readonly HttpClient _httpClient;
    private readonly TimeProvider _timeProvider;

    public ApnsClient(HttpClient httpClient, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (httpClient.BaseAddress is null)
        {
            throw new ArgumentException(
                $"HttpClient.BaseAddress must be set, normally to {ApnsEndpoints.Production}.",
                nameof(httpClient));
        }

        _httpClient = httpClient;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public async Task<ApnsResult> SendPassUpdateAsync(
        string pushToken,
        string passTypeIdentifier,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passTypeIdentifier);
        if (!ApnsPushToken.IsWellFormed(pushToken))
        {
            return new ApnsResult(ApnsOutcome.RemoveRegistration, null, "BadDeviceToken", null);
        }

        try
        {
            using var request = CreateRequest(pushToken, passTypeIdentifier);
            using var response = await _httpClient.SendAsync(request, cancellationToken);
            return await ReadResultAsync(response, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ApnsTransportFailure.Timeout();
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return ApnsTransportFailure.Classify(exception);
        }
    }

    private static HttpRequestMessage CreateRequest(string pushToken, string passTypeIdentifier)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"3/device/{pushToken}")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent("{}"u8.ToArray()),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("apns-topic", passTypeIdentifier);
        request.Headers.Add("apns-push-type", "background");
        request.Headers.Add("apns-priority", "5");
        return request;
    }

    private async Task<ApnsResult> ReadResultAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        var statusCode = (int)response.StatusCode;
        if (statusCode == 200)
        {
            return ApnsResponseClassifier.Classify(statusCode, null, null);
        }

        var (reason, unregisteredAt) = ApnsErrorBody.Read(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        return ApnsResponseClassifier.Classify(statusCode, reason, ReadRetryAfter(response), unregisteredAt);
    }

    private TimeSpan? ReadRetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => Max(date - _timeProvider.GetUtcNow(), TimeSpan.Zero),
            _ => null,
        };

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;
}
