using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// A verified save or delete callback. Google may deliver the same callback more than once, so
/// whoever records it must ignore a <see cref="Nonce"/> it has already seen.
/// </summary>
/// <param name="ClassId">Fully qualified: <c>issuerId.classSuffix</c>.</param>
/// <param name="ObjectId">Fully qualified: <c>issuerId.objectSuffix</c>.</param>
public sealed record GoogleCallbackMessage(
    string ClassId,
    string ObjectId,
    GoogleCallbackEventType EventType,
    string Nonce,
    DateTimeOffset ExpiresAt)
{
    /// <summary>Reads the <c>signedMessage</c> JSON; call only once its signature has verified.</summary>
    internal static bool TryParse(string signedMessage, [NotNullWhen(true)] out GoogleCallbackMessage? message, out string problem)
    {
        message = null;
        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(signedMessage);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            problem = "signedMessage is not JSON";
            return false;
        }

        var classId = JsonFields.String(json, "classId");
        var objectId = JsonFields.String(json, "objectId");
        var nonce = JsonFields.String(json, "nonce");
        var expiresAt = JsonFields.UnixMilliseconds(json, "expTimeMillis");
        GoogleCallbackEventType? eventType = JsonFields.String(json, "eventType") switch
        {
            "save" => GoogleCallbackEventType.Save,
            "del" => GoogleCallbackEventType.Delete,
            _ => null,
        };

        problem = (classId, objectId, nonce, expiresAt, eventType) switch
        {
            (null or "", _, _, _, _) => "signedMessage has no classId",
            (_, null or "", _, _, _) => "signedMessage has no objectId",
            (_, _, null or "", _, _) => "signedMessage has no nonce",
            (_, _, _, null, _) => "signedMessage has no expTimeMillis in Unix milliseconds",
            (_, _, _, _, null) => "signedMessage's eventType is neither \"save\" nor \"del\"",
            _ => "",
        };
        if (problem.Length > 0)
        {
            return false;
        }

        message = new GoogleCallbackMessage(classId!, objectId!, eventType!.Value, nonce!, expiresAt!.Value);
        return true;
    }
}
