using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// An error in Google's JSON format, <c>{"error":{"code","message","errors":[{"domain","reason","message"}],"status","details"}}</c>.
/// </summary>
public sealed record GoogleErrorReply(int StatusCode, string Status, string Message, string? Reason = null, TimeSpan? RetryAfter = null)
{
    /// <summary>Extra <c>error.details</c> entries (FCM puts its <c>errorCode</c> there).</summary>
    public JsonArray? Details { get; init; }

    public static GoogleErrorReply BadRequest(string message) => new(400, "INVALID_ARGUMENT", message, "invalid");

    public static GoogleErrorReply Unauthenticated() => new(
        401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token.", "authError");

    public static GoogleErrorReply NotFound(string message) => new(404, "NOT_FOUND", message, "resourceNotFound");

    public async Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = StatusCode;
        if (RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        var error = new JsonObject
        {
            ["code"] = StatusCode,
            ["message"] = Message,
            ["status"] = Status,
        };
        if (Reason is not null)
        {
            error["errors"] = new JsonArray(new JsonObject { ["message"] = Message, ["domain"] = "global", ["reason"] = Reason });
        }

        if (Details is not null)
        {
            error["details"] = Details.DeepClone();
        }

        response.ContentType = "application/json; charset=UTF-8";
        await response.WriteAsync(new JsonObject { ["error"] = error }.ToJsonString());
    }
}
