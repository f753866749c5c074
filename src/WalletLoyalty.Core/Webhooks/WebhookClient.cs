using System.Text;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Webhooks;

/// <summary>
/// Posts one signed delivery. Give it an <see cref="HttpClient"/> that follows no redirects (a redirect could
/// lead from an https URL to an http or internal one) and whose timeout is the attempt's limit.
/// </summary>
public sealed class WebhookClient(HttpClient http, TimeProvider time)
{
    public async Task<WebhookResponse> PostAsync(WebhookSend delivery, string secret, CancellationToken cancellationToken)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, delivery.Body));
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId);
        request.Headers.Add(WebhookSignature.EventTypeHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.UserAgent.ParseAdd("WalletLoyalty-Webhooks/1");
        var started = time.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return new WebhookResponse(status, status is >= 200 and < 300 ? null : $"HTTP {status} {response.ReasonPhrase}".TrimEnd(),
                RetryAfterHeader.Read(response, time), time.GetElapsedTime(started));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookResponse(null, $"no answer within {http.Timeout.TotalSeconds:0.#} s", null, time.GetElapsedTime(started));
        }
        catch (HttpRequestException ex)
        {
            return new WebhookResponse(null, ex.Message, null, time.GetElapsedTime(started));
        }
    }
}

/// <summary>What the endpoint answered: a status code, or none when it could not be reached or did not answer in time.</summary>
public sealed record WebhookResponse(int? StatusCode, string? Error, TimeSpan? RetryAfter, TimeSpan Duration)
{
    public bool Delivered => StatusCode is >= 200 and < 300;
}
