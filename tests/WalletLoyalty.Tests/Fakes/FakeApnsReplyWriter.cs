using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace WalletLoyalty.Tests.Fakes;

/// <summary>Writes a reply the way APNs does: <c>apns-id</c> always, a JSON reason on errors.</summary>
internal static class FakeApnsReplyWriter
{
    public static async Task WriteAsync(HttpContext context, FakeApnsReply reply)
    {
        var response = context.Response;
        response.StatusCode = reply.StatusCode;
        var apnsId = context.Request.Headers["apns-id"].ToString();
        response.Headers["apns-id"] = apnsId.Length > 0 ? apnsId : Guid.NewGuid().ToString().ToUpperInvariant();
        if (reply.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (reply.StatusCode == 200)
        {
            return;
        }

        response.ContentType = "application/json";
        await response.WriteAsync(reply.RawBody ?? ErrorBody(reply));
    }

    private static string ErrorBody(FakeApnsReply reply) =>
        reply.StatusCode == 410
            ? JsonSerializer.Serialize(new
            {
                reason = reply.Reason,
                timestamp = (reply.UnregisteredSince ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds(),
            })
            : JsonSerializer.Serialize(new { reason = reply.Reason });
}
