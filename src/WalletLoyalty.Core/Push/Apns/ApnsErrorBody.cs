using System.Text.Json;

namespace WalletLoyalty.Push.Apns;

/// <summary>Reads the <c>reason</c> from an APNs error body, <c>{"reason":"…"}</c>.</summary>
internal static class ApnsErrorBody
{
    public static string? ReadReason(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("reason", out var reason)
                && reason.ValueKind == JsonValueKind.String
                    ? reason.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
