using System.Text.Json;

namespace WalletLoyalty.Wallets.Google;

/// <summary>Google's JSON error body, <c>{"error":{"code","message","errors":[{"reason"}],"status"}}</c>.</summary>
internal sealed record GoogleApiError(string? Message, string? Reason, string? Status)
{
    public static GoogleApiError Read(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                    ? new GoogleApiError(ReadString(error, "message"), ReadFirstReason(error), ReadString(error, "status"))
                    : new GoogleApiError(null, null, null);
        }
        catch (JsonException)
        {
            return new GoogleApiError(null, null, null);
        }
    }

    private static string? ReadFirstReason(JsonElement error) =>
        error.TryGetProperty("errors", out var errors)
        && errors.ValueKind == JsonValueKind.Array
        && errors.GetArrayLength() > 0
        && errors[0].ValueKind == JsonValueKind.Object
            ? ReadString(errors[0], "reason")
            : null;

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
