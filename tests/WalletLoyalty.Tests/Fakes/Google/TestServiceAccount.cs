using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// A service-account key file made at test time, in the format Google Cloud console downloads, whose
/// <c>token_uri</c> points at a fake token server that trusts its public key.
/// </summary>
public sealed class TestServiceAccount : IDisposable
{
    public const string KeySetting = "Google:ServiceAccountKeyPath";

    private readonly DirectoryInfo _directory;
    private readonly RSA _key;

    private TestServiceAccount(DirectoryInfo directory, RSA key, string projectId)
    {
        _directory = directory;
        _key = key;
        ProjectId = projectId;
        ClientEmail = $"wallet-issuer@{projectId}.iam.gserviceaccount.com";
        PrivateKeyId = RandomNumberGenerator.GetHexString(40, lowercase: true);
        KeyPath = Path.Combine(directory.FullName, "service-account.json");
    }

    public string ProjectId { get; }

    public string ClientEmail { get; }

    public string PrivateKeyId { get; }

    public string KeyPath { get; }

    /// <summary>Only the public half: what Google keeps to check the account's signatures.</summary>
    public RSAParameters PublicKey => _key.ExportParameters(includePrivateParameters: false);

    public static TestServiceAccount Create(FakeGoogleTokenServer tokenServer, string projectId = "walletloyalty-test")
    {
        var account = new TestServiceAccount(
            Directory.CreateTempSubdirectory("walletloyalty-google-"), RSA.Create(2048), projectId);
        account.WriteKeyFile(tokenServer.TokenUri);
        tokenServer.Trust(account.ClientEmail, account.PrivateKeyId, account.PublicKey);
        return account;
    }

    public GoogleServiceAccount Load() => GoogleServiceAccount.Load(KeyPath, KeySetting);

    /// <summary>A JWT with these claims signed RS256 by this account's key, to probe the token server's checks.</summary>
    public string SignAssertion(JsonObject claims)
    {
        var signingInput = Base64Url.EncodeToString("""{"alg":"RS256","typ":"JWT"}"""u8)
            + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public void Dispose()
    {
        _key.Dispose();
        _directory.Delete(recursive: true);
    }

    private void WriteKeyFile(Uri tokenUri)
    {
        var json = new JsonObject
        {
            ["type"] = "service_account",
            ["project_id"] = ProjectId,
            ["private_key_id"] = PrivateKeyId,
            ["private_key"] = _key.ExportPkcs8PrivateKeyPem() + "\n",
            ["client_email"] = ClientEmail,
            ["client_id"] = "100000000000000000001",
            ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
            ["token_uri"] = tokenUri.AbsoluteUri,
        };
        File.WriteAllText(KeyPath, json.ToJsonString());
    }
}
