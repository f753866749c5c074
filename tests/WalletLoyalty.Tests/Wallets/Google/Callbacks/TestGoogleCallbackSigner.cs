using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Wallets.Google.Callbacks;

/// <summary>
/// Plays Google's part in Wallet callbacks with keys made at test time: a root key published in a
/// keys document, an intermediate key signed by the root, and callback bodies signed by the
/// intermediate key, byte for byte as Google builds them. The signed bytes are built here on their
/// own, not with the service's code, so a mistake there shows up as a failed verification.
/// </summary>
public sealed class TestGoogleCallbackSigner : IDisposable
{
    private readonly ECDsa _root = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ECDsa _intermediate = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public TestGoogleCallbackSigner(DateTimeOffset now)
    {
        Now = now;
        RootKeyExpiresAt = now.AddDays(30);
        IntermediateKeyExpiresAt = now.AddDays(7);
    }

    public DateTimeOffset Now { get; }

    public DateTimeOffset RootKeyExpiresAt { get; set; }

    public DateTimeOffset IntermediateKeyExpiresAt { get; set; }

    /// <summary>Google's sender id for pass callbacks; change it to sign as another sender would.</summary>
    public string SenderId { get; set; } = "GooglePayPasses";

    /// <summary>Signed into both signatures and written to the body's protocolVersion.</summary>
    public string ProtocolVersion { get; set; } = "ECv2SigningOnly";

    /// <summary>The document Google serves at its keys URL, publishing this signer's root key.</summary>
    public string RootKeysJson() => new JsonObject
    {
        ["keys"] = new JsonArray(new JsonObject
        {
            ["keyValue"] = Convert.ToBase64String(_root.ExportSubjectPublicKeyInfo()),
            ["protocolVersion"] = "ECv2SigningOnly",
            ["keyExpiration"] = Milliseconds(RootKeyExpiresAt),
        }),
    }.ToJsonString();

    /// <summary>A callback body as Google posts it to the class's callback URL.</summary>
    public string SignCallback(
        string recipientId,
        string classId,
        string objectId,
        string eventType = "save",
        string? nonce = null,
        DateTimeOffset? expiresAt = null)
    {
        var message = new JsonObject
        {
            ["classId"] = classId,
            ["objectId"] = objectId,
            ["expTimeMillis"] = (expiresAt ?? Now.AddMinutes(5)).ToUnixTimeMilliseconds(),
            ["eventType"] = eventType,
            ["nonce"] = nonce ?? Guid.NewGuid().ToString(),
        };
        return Sign(recipientId, message.ToJsonString());
    }

    /// <summary>Wraps any signedMessage text in a signed callback body.</summary>
    public string Sign(string recipientId, string signedMessage)
    {
        var signedKey = new JsonObject
        {
            ["keyValue"] = Convert.ToBase64String(_intermediate.ExportSubjectPublicKeyInfo()),
            ["keyExpiration"] = Milliseconds(IntermediateKeyExpiresAt),
        }.ToJsonString();
        var keySignature = SignDer(_root, LengthPrefixed(SenderId, ProtocolVersion, signedKey));
        var messageSignature = SignDer(_intermediate, LengthPrefixed(SenderId, recipientId, ProtocolVersion, signedMessage));

        return new JsonObject
        {
            ["signature"] = messageSignature,
            ["intermediateSigningKey"] = new JsonObject
            {
                ["signedKey"] = signedKey,
                ["signatures"] = new JsonArray(keySignature),
            },
            ["protocolVersion"] = ProtocolVersion,
            ["signedMessage"] = signedMessage,
        }.ToJsonString();
    }

    public void Dispose()
    {
        _root.Dispose();
        _intermediate.Dispose();
    }

    private static string Milliseconds(DateTimeOffset time) =>
        time.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string SignDer(ECDsa key, byte[] data) =>
        Convert.ToBase64String(key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    private static byte[] LengthPrefixed(params string[] parts)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            writer.Write(bytes.Length); // BinaryWriter writes little-endian on every platform.
            writer.Write(bytes);
        }
        writer.Flush();
        return stream.ToArray();
    }
}
