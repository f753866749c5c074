using System.Text.Json;

namespace WalletLoyalty.Push.Fcm;

/// <summary>
/// FCM's error body: <c>{"error":{"code","message","status","details":[{"@type":…FcmError,"errorCode"},
/// {"@type":…BadRequest,"fieldViolations":[{"field"}]}]}}</c>.
/// </summary>
internal sealed record FcmErrorBody(string? ErrorCode, string? Status, string? Message, IReadOnlyList<string> ViolatedFields)
{
    private const string FcmErrorType = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
    private const string BadRequestType = "type.googleapis.com/google.rpc.BadRequest";

    public static FcmErrorBody Read(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                    ? FromError(error)
                    : Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    private static FcmErrorBody Empty => new(null, null, null, []);

    private static FcmErrorBody FromError(JsonElement error)
    {
        var details = error.TryGetProperty("details", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(detail => detail.ValueKind == JsonValueKind.Object).ToList()
            : [];
        var errorCode = details.Where(detail => ReadString(detail, "@type") == FcmErrorType)
            .Select(detail => ReadString(detail, "errorCode"))
            .FirstOrDefault(code => code is not null);
        var fields = details.Where(detail => ReadString(detail, "@type") == BadRequestType)
            .SelectMany(ReadViolatedFields)
            .ToList();
        return new FcmErrorBody(errorCode, ReadString(error, "status"), ReadString(error, "message"), fields);
    }

    private static IEnumerable<string> ReadViolatedFields(JsonElement badRequest) =>
        badRequest.TryGetProperty("fieldViolations", out var violations) && violations.ValueKind == JsonValueKind.Array
            ? violations.EnumerateArray()
                .Where(violation => violation.ValueKind == JsonValueKind.Object)
                .Select(violation => ReadString(violation, "field"))
                .OfType<string>()
            : [];

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
