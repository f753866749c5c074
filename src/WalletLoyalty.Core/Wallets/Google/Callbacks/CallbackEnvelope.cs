using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// The body Google posts:
/// <c>{"signature", "intermediateSigningKey": {"signedKey", "signatures": []}, "protocolVersion", "signedMessage"}</c>,
/// with every signature base64 DER.
/// </summary>
internal sealed record CallbackEnvelope(
    string ProtocolVersion,
    byte[] Signature,
    string SignedMessage,
    string SignedKey,
    IReadOnlyList<byte[]> SignedKeySignatures)
{
    public static bool TryParse(string? body, [NotNullWhen(true)] out CallbackEnvelope? envelope, out string problem)
    {
        envelope = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            problem = "the body is empty";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return TryRead(document.RootElement, out envelope, out problem);
        }
        catch (JsonException)
        {
            problem = "the body is not JSON";
            return false;
        }
    }

    private static bool TryRead(JsonElement json, [NotNullWhen(true)] out CallbackEnvelope? envelope, out string problem)
    {
        envelope = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            problem = "the body is not a JSON object";
            return false;
        }

        var protocolVersion = JsonFields.String(json, "protocolVersion");
        var signature = JsonFields.Base64(JsonFields.String(json, "signature"));
        var signedMessage = JsonFields.String(json, "signedMessage");
        json.TryGetProperty("intermediateSigningKey", out var intermediate);
        var signedKey = JsonFields.String(intermediate, "signedKey");
        var signedKeySignatures = Signatures(intermediate);

        problem = protocolVersion switch
        {
            null => "protocolVersion is missing",
            not GoogleCallbackProtocol.Version => $"protocolVersion is not {GoogleCallbackProtocol.Version}",
            _ when signature is null => "signature is missing or not base64",
            _ when string.IsNullOrEmpty(signedMessage) => "signedMessage is missing",
            _ when string.IsNullOrEmpty(signedKey) => "intermediateSigningKey.signedKey is missing",
            _ when signedKeySignatures is null => "intermediateSigningKey.signatures is missing, empty or not base64",
            _ => "",
        };
        if (problem.Length > 0)
        {
            return false;
        }

        envelope = new CallbackEnvelope(protocolVersion!, signature!, signedMessage!, signedKey!, signedKeySignatures!);
        return true;
    }

    private static List<byte[]>? Signatures(JsonElement intermediate)
    {
        if (intermediate.ValueKind != JsonValueKind.Object
            || !intermediate.TryGetProperty("signatures", out var array)
            || array.ValueKind != JsonValueKind.Array
            || array.GetArrayLength() == 0)
        {
            return null;
        }

        var signatures = new List<byte[]>();
        foreach (var item in array.EnumerateArray())
        {
            var bytes = item.ValueKind == JsonValueKind.String ? JsonFields.Base64(item.GetString()) : null;
            if (bytes is null)
            {
                return null;
            }
            signatures.Add(bytes);
        }
        return signatures;
    }
}
