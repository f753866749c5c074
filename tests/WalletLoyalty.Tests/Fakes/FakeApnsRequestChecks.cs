using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace WalletLoyalty.Tests.Fakes;

/// <summary>The request checks APNs makes, answered with APNs' status codes and reasons.</summary>
internal static class FakeApnsRequestChecks
{
    private const string PathPrefix = "/3/device/";
    private const int MaxPayloadBytes = 4096;

    private static readonly string[] ApnsHeaders =
        ["apns-topic", "apns-priority", "apns-push-type", "apns-expiration", "apns-id", "apns-collapse-id"];

    private static readonly string[] PushTypes =
        ["alert", "background", "location", "voip", "complication", "fileprovider", "mdm", "liveactivity"];

    public static async Task<(FakeApnsPush? Push, FakeApnsReply? Rejection)> CheckAsync(
        HttpRequest request, string? certificateTopic)
    {
        var rejection = CheckHeaders(request, certificateTopic)
            ?? await CheckPayloadAsync(request);
        return rejection is null
            ? (new FakeApnsPush(request.Path.Value![PathPrefix.Length..], request.Headers["apns-topic"]!), null)
            : (null, rejection);
    }

    private static FakeApnsReply? CheckHeaders(HttpRequest request, string? certificateTopic)
    {
        var path = request.Path.Value ?? "";
        var token = path.StartsWith(PathPrefix, StringComparison.Ordinal) ? path[PathPrefix.Length..] : null;
        var topic = request.Headers["apns-topic"].ToString();
        var priority = request.Headers["apns-priority"].ToString();
        var pushType = request.Headers["apns-push-type"].ToString();

        return 0 switch
        {
            _ when !HttpMethods.IsPost(request.Method) => Reject(405, "MethodNotAllowed"),
            _ when token is null || token.Contains('/') => Reject(404, "BadPath"),
            _ when token.Length == 0 => Reject(400, "MissingDeviceToken"),
            _ when !IsDeviceToken(token) => Reject(400, "BadDeviceToken"),
            _ when ApnsHeaders.Any(name => request.Headers[name].Count > 1) => Reject(400, "DuplicateHeaders"),
            _ when topic.Length == 0 => Reject(400, "MissingTopic"),
            _ when topic != certificateTopic => Reject(400, "TopicDisallowed"),
            _ when priority is not ("" or "5" or "10") => Reject(400, "BadPriority"),
            _ when pushType.Length > 0 && !PushTypes.Contains(pushType) => Reject(400, "InvalidPushType"),
            // Background pushes must be sent at priority 5; omitting the header means 10.
            _ when pushType == "background" && priority != "5" => Reject(400, "BadPriority"),
            _ => null,
        };
    }

    private static async Task<FakeApnsReply?> CheckPayloadAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        if (body.Length == 0)
        {
            return Reject(400, "PayloadEmpty");
        }

        if (body.Length > MaxPayloadBytes)
        {
            return Reject(413, "PayloadTooLarge");
        }

        try
        {
            using var payload = JsonDocument.Parse(body.ToArray());
            return payload.RootElement.ValueKind == JsonValueKind.Object ? null : Reject(400, "BadPayload");
        }
        catch (JsonException)
        {
            return Reject(400, "BadPayload");
        }
    }

    private static bool IsDeviceToken(string token) =>
        token.Length >= 64 && token.Length % 2 == 0 && token.All(char.IsAsciiHexDigit);

    private static FakeApnsReply Reject(int statusCode, string reason) => new(statusCode, reason);
}
