using System.Text.Json;
using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>The field checks Google Wallet makes on an inserted resource or a patch.</summary>
internal static class FakeWalletResourceChecks
{
    private static readonly string[] ReviewStatuses = ["UNDER_REVIEW", "DRAFT"];
    private static readonly string[] States = ["ACTIVE", "COMPLETED", "EXPIRED", "INACTIVE"];
    private static readonly string[] NotifyPreferences = ["NOTIFY_ON_UPDATE", "NOTIFICATION_SETTINGS_FOR_UPDATES_UNSPECIFIED"];
    private static readonly string[] RedemptionChannels = ["INSTORE", "ONLINE", "BOTH", "TEMPORARY_PRICE_REDUCTION"];

    private static readonly string[] BarcodeTypes =
        ["QR_CODE", "AZTEC", "PDF_417", "CODE_128", "CODE_39", "CODABAR", "DATA_MATRIX", "EAN_8", "EAN_13", "ITF_14", "UPC_A", "TEXT_ONLY"];

    private static readonly string[] BalanceKinds = ["string", "int", "double", "money"];

    public static bool IsValidId(string? id, string issuerId) =>
        id is not null
        && id.StartsWith(issuerId + ".", StringComparison.Ordinal)
        && id.Length > issuerId.Length + 1
        && id[(issuerId.Length + 1)..].All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <param name="pathId">For a patch, the id in the URL; null for an insert.</param>
    public static GoogleErrorReply? Check(FakeWalletSchema schema, JsonObject body, string issuerId, string? pathId)
    {
        if (body.Select(pair => pair.Key).FirstOrDefault(name => !schema.Fields.Contains(name)) is { } unknown)
        {
            return GoogleErrorReply.BadRequest($"Invalid JSON payload received. Unknown name \"{unknown}\": Cannot find field.");
        }

        if (pathId is null && schema.Required.FirstOrDefault(name => body[name] is null) is { } missing)
        {
            return GoogleErrorReply.BadRequest($"{schema.Collection}.{missing} is required.");
        }

        var id = body["id"];
        if (id is not null && !IsValidId(Text(id), issuerId))
        {
            return GoogleErrorReply.BadRequest(
                $"Invalid resource ID '{id.ToJsonString()}': must be '{issuerId}.<suffix>' using only letters, digits, '.', '_' and '-'.");
        }

        if (pathId is not null && id is not null && Text(id) != pathId)
        {
            return GoogleErrorReply.BadRequest($"The id in the body ({Text(id)}) does not match the id in the URL ({pathId}).");
        }

        return CheckClassId(body, issuerId)
            ?? CheckValue(body, "reviewStatus", ReviewStatuses)
            ?? CheckValue(body, "state", States)
            ?? CheckValue(body, "notifyPreference", NotifyPreferences)
            ?? CheckValue(body, "redemptionChannel", RedemptionChannels)
            ?? CheckColor(body)
            ?? CheckBarcode(body)
            ?? CheckPoints(body, "loyaltyPoints")
            ?? CheckPoints(body, "secondaryLoyaltyPoints")
            ?? CheckMessages(body["messages"])
            ?? FakeLocalizedStringChecks.Check(body);
    }

    public static GoogleErrorReply? CheckMessage(JsonNode? message)
    {
        if (message is not JsonObject fields)
        {
            return GoogleErrorReply.BadRequest("message is required.");
        }

        if (fields.Select(pair => pair.Key).FirstOrDefault(name => !FakeWalletMessage.Fields.Contains(name)) is { } unknown)
        {
            return GoogleErrorReply.BadRequest($"Invalid JSON payload received. Unknown name \"{unknown}\" at 'message': Cannot find field.");
        }

        return string.IsNullOrEmpty(Text(fields["body"])) && string.IsNullOrEmpty(Text(fields["header"]))
            ? GoogleErrorReply.BadRequest("A message needs a header or a body.")
            : CheckValue(fields, "messageType", FakeWalletMessage.Types);
    }

    private static GoogleErrorReply? CheckClassId(JsonObject body, string issuerId) =>
        body["classId"] is { } classId && !IsValidId(Text(classId), issuerId)
            ? GoogleErrorReply.BadRequest($"Invalid class ID '{classId.ToJsonString()}'.")
            : null;

    private static GoogleErrorReply? CheckValue(JsonObject body, string field, string[] allowed) =>
        body[field] is { } value && !allowed.Contains(Text(value))
            ? GoogleErrorReply.BadRequest($"Invalid value at '{field}': {value.ToJsonString()}; expected one of {string.Join(", ", allowed)}.")
            : null;

    private static GoogleErrorReply? CheckColor(JsonObject body) =>
        body["hexBackgroundColor"] is { } color && !IsHexColor(Text(color))
            ? GoogleErrorReply.BadRequest($"Invalid hexBackgroundColor {color.ToJsonString()}.")
            : null;

    private static GoogleErrorReply? CheckBarcode(JsonObject body) =>
        body["barcode"] is { } barcode && (barcode is not JsonObject || !BarcodeTypes.Contains(Text(barcode["type"])))
            ? GoogleErrorReply.BadRequest($"Invalid barcode {barcode.ToJsonString()}: type must be one of {string.Join(", ", BarcodeTypes)}.")
            : null;

    private static GoogleErrorReply? CheckPoints(JsonObject body, string field)
    {
        if (body[field] is not { } points)
        {
            return null;
        }

        return points["balance"] is JsonObject balance
            && balance.Count(pair => BalanceKinds.Contains(pair.Key)) == 1
            && balance.Count == 1
                ? null
                : GoogleErrorReply.BadRequest($"{field}.balance must have exactly one of {string.Join(", ", BalanceKinds)}.");
    }

    private static GoogleErrorReply? CheckMessages(JsonNode? messages)
    {
        if (messages is null)
        {
            return null;
        }

        if (messages is not JsonArray list)
        {
            return GoogleErrorReply.BadRequest("messages must be a list.");
        }

        return list.Count > FakeWalletMessage.MaxPerResource
            ? GoogleErrorReply.BadRequest($"The maximum number of messages is {FakeWalletMessage.MaxPerResource}.")
            : list.Select(CheckMessage).FirstOrDefault(error => error is not null);
    }

    private static bool IsHexColor(string? hex) =>
        hex is { Length: 4 or 7 } && hex[0] == '#' && hex[1..].All(char.IsAsciiHexDigit);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
