using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace WalletLoyalty.Tests.Support;

/// <summary>A Google Wallet save link taken apart and its RS256 signature checked.</summary>
public static class SaveJwt
{
    public static JsonElement VerifiedClaims(string saveUrl, RSAParameters publicKey)
    {
        var jwt = saveUrl[(saveUrl.LastIndexOf('/') + 1)..];
        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        using var rsa = RSA.Create(publicKey);
        Assert.True(rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), "the save JWT's signature does not verify with the service account's public key");
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        return JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement.Clone();
    }
}
