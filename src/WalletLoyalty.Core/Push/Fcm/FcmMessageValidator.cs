using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WalletLoyalty.Push.Fcm;

/// <summary>The checks FCM makes that a message can fail before it is sent (protocols.md §5.2).</summary>
internal static class FcmMessageValidator
{
    public const int MaxPayloadBytes = 4096;

    private static readonly string[] ReservedKeys = ["from", "message_type"];
    private static readonly string[] ReservedPrefixes = ["google.", "gcm.notification."];

    /// <returns>Null when the message may be sent, otherwise why not.</returns>
    public static string? FindProblem(FcmMessage message)
    {
        var targets = new[] { message.Token, message.Topic, message.Condition }.Count(target => !string.IsNullOrEmpty(target));
        if (targets != 1)
        {
            return $"A message needs exactly one of token, topic or condition; this one has {targets}.";
        }

        return FindDataProblem(message.Data, "data")
            ?? FindDataProblem(message.Android?["data"] as JsonObject, "android.data")
            ?? (PayloadBytes(message) > MaxPayloadBytes
                ? $"The payload is {PayloadBytes(message)} bytes; FCM allows {MaxPayloadBytes}."
                : null);
    }

    /// <summary>Data keys and values plus notification text, in UTF-8 bytes.</summary>
    public static int PayloadBytes(FcmMessage message) =>
        DataBytes(message.Data)
        + DataBytes(message.Android?["data"] as JsonObject)
        + Encoding.UTF8.GetByteCount(message.Notification?.Title ?? "")
        + Encoding.UTF8.GetByteCount(message.Notification?.Body ?? "");

    private static string? FindDataProblem(JsonObject? data, string name)
    {
        foreach (var (key, value) in data ?? [])
        {
            if (value is not JsonValue scalar || scalar.GetValueKind() != JsonValueKind.String)
            {
                return $"{name}[\"{key}\"] must be a string; FCM accepts only string values.";
            }

            if (ReservedKeys.Contains(key) || ReservedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return $"{name} key \"{key}\" is reserved by FCM.";
            }
        }

        return null;
    }

    private static int DataBytes(JsonObject? data) =>
        (data ?? []).Sum(pair => Encoding.UTF8.GetByteCount(pair.Key) + Encoding.UTF8.GetByteCount(pair.Value?.ToString() ?? ""));
}
