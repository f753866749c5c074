using System.Text.Json;

namespace WalletLoyalty.Push.Apns;

/// <summary>Reads an APNs error body, <c>{"reason":"…","timestamp":…}</c>; the timestamp (milliseconds) comes only with 410.</summary>
internal static class ApnsErrorBody
{
    public static (string? Reason, DateTimeOffset? UnregisteredAt) Read(byte[] body)
    {
        if (body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            var reason = root.TryGetProperty("reason", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
            var since = root.TryGetProperty("timestamp", out var stamp) && stamp.ValueKind == JsonValueKind.Number
                && stamp.TryGetInt64(out var milliseconds) && milliseconds is > 0 and < 253402300800000
                    ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
                    : (DateTimeOffset?)null;
            return (reason, since);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
