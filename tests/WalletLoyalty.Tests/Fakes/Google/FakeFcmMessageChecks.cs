using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>FCM's checks on a <c>messages:send</c> body (protocols.md §5.2).</summary>
internal static class FakeFcmMessageChecks
{
    public const int MaxPayloadBytes = 4096;

    private static readonly HashSet<string> MessageFields =
        ["name", "data", "notification", "android", "webpush", "apns", "fcm_options", "fcmOptions", "token", "topic", "condition"];

    private static readonly HashSet<string> NotificationFields = ["title", "body", "image"];

    public static GoogleErrorReply? Check(JsonObject body)
    {
        if (body.Select(pair => pair.Key).FirstOrDefault(name => name is not ("message" or "validate_only" or "validateOnly")) is { } unknownTop)
        {
            return FakeFcmReply.InvalidMessage($"Invalid JSON payload received. Unknown name \"{unknownTop}\": Cannot find field.");
        }

        if (body["message"] is not JsonObject message)
        {
            return FakeFcmReply.InvalidMessage("Request contains an invalid argument: message is required.", "message");
        }

        if (message.Select(pair => pair.Key).FirstOrDefault(name => !MessageFields.Contains(name)) is { } unknown)
        {
            return FakeFcmReply.InvalidMessage($"Invalid JSON payload received. Unknown name \"{unknown}\" at 'message': Cannot find field.");
        }

        var targets = new[] { "token", "topic", "condition" }.Count(target => message[target] is not null);
        if (targets != 1)
        {
            return FakeFcmReply.InvalidMessage("Request contains an invalid argument: exactly one of token, topic or condition is required.");
        }

        if (message["token"] is { } token && !IsWellFormedToken(token))
        {
            return FakeFcmReply.InvalidToken();
        }

        return CheckNotification(message["notification"])
            ?? CheckData(message["data"], "message.data")
            ?? CheckData(message["android"]?["data"], "message.android.data")
            ?? CheckSize(message);
    }

    public static string? Token(JsonObject body) => body["message"]?["token"]?.GetValue<string>();

    private static bool IsWellFormedToken(JsonNode token) =>
        token is JsonValue value
        && value.GetValueKind() == JsonValueKind.String
        && value.GetValue<string>() is { Length: > 0 } text
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':');

    private static GoogleErrorReply? CheckNotification(JsonNode? notification) =>
        notification switch
        {
            null => null,
            JsonObject fields when fields.All(pair => NotificationFields.Contains(pair.Key) && IsString(pair.Value)) => null,
            _ => FakeFcmReply.InvalidMessage("Invalid JSON payload received at 'message.notification'.", "message.notification"),
        };

    private static GoogleErrorReply? CheckData(JsonNode? data, string path)
    {
        if (data is null)
        {
            return null;
        }

        if (data is not JsonObject pairs)
        {
            return FakeFcmReply.InvalidMessage($"Invalid value at '{path}': expected a map of strings.", path);
        }

        var index = 0;
        foreach (var (key, value) in pairs)
        {
            if (!IsString(value))
            {
                return FakeFcmReply.InvalidMessage($"Invalid value at '{path}[{index}].value' (TYPE_STRING)", $"{path}[{index}].value");
            }

            if (key is "from" or "message_type" || key.StartsWith("google.", StringComparison.Ordinal)
                || key.StartsWith("gcm.notification.", StringComparison.Ordinal))
            {
                return FakeFcmReply.InvalidMessage($"Invalid data payload key: {key}", path);
            }

            index++;
        }

        return null;
    }

    private static GoogleErrorReply? CheckSize(JsonObject message)
    {
        var bytes = DataBytes(message["data"]) + DataBytes(message["android"]?["data"])
            + Encoding.UTF8.GetByteCount(message["notification"]?["title"]?.GetValue<string>() ?? "")
            + Encoding.UTF8.GetByteCount(message["notification"]?["body"]?.GetValue<string>() ?? "");
        return bytes > MaxPayloadBytes
            ? FakeFcmReply.InvalidMessage($"Message is too big: {bytes} bytes of payload, at most {MaxPayloadBytes} allowed.")
            : null;
    }

    private static int DataBytes(JsonNode? data) =>
        (data as JsonObject ?? []).Sum(pair => Encoding.UTF8.GetByteCount(pair.Key) + Encoding.UTF8.GetByteCount(pair.Value!.GetValue<string>()));

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;
}
