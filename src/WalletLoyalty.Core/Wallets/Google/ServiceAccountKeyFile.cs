using System.Text.Json;
using WalletLoyalty.Configuration;

namespace WalletLoyalty.Wallets.Google;

/// <summary>Checks a service-account key file before Google.Apis.Auth reads it, so a mistake names the setting and the fix.</summary>
internal static class ServiceAccountKeyFile
{
    private const string Fix =
        "create a JSON key for the service account in Google Cloud console (IAM & Admin > Service accounts > Keys > Add key > JSON) and point the setting at it";

    private static readonly string[] RequiredFields = ["client_email", "private_key", "token_uri"];

    public static string? Check(string? keyPath, string setting)
    {
        if (string.IsNullOrWhiteSpace(keyPath))
        {
            return $"{setting}: not set; {Fix}.";
        }

        var path = PathResolver.Resolve(keyPath);
        if (!File.Exists(path))
        {
            return $"{setting}: file '{keyPath}' not found (looked for '{path}'); {Fix}.";
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return CheckFields(document.RootElement, keyPath, setting);
        }
        catch (JsonException exception)
        {
            return Unreadable(keyPath, setting, $"not JSON ({exception.Message})");
        }
    }

    public static string Unreadable(string keyPath, string setting, string reason) =>
        $"{setting}: '{keyPath}' is not a usable service-account key: {reason}; {Fix}.";

    private static string? CheckFields(JsonElement root, string keyPath, string setting)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Unreadable(keyPath, setting, "expected a JSON object");
        }

        var type = root.TryGetProperty("type", out var typeValue) ? typeValue.ToString() : "";
        if (type != "service_account")
        {
            return Unreadable(keyPath, setting, $"\"type\" is '{type}', expected 'service_account'");
        }

        var missing = RequiredFields
            .Where(field => !root.TryGetProperty(field, out var value)
                || value.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(value.GetString()))
            .ToList();
        return missing.Count == 0
            ? null
            : Unreadable(keyPath, setting, "missing " + string.Join(", ", missing));
    }
}
