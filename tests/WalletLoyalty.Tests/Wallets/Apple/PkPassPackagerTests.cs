using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Wallets.Apple;

public sealed class PkPassPackagerTests
{
    [Fact]
    public async Task AStoreCardVerifiesWithOpensslAgainstTheSampleRoot()
    {
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard()));
        var folder = pass.ExtractToTemporaryFolder();

        var (exitCode, output) = await OpenSsl.VerifyPassSignatureAsync(folder, Path.Combine(RepositoryPaths.CertsSample, "test-root-ca.pem"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("Verification successful", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACouponVerifiesWithOpensslAgainstTheSampleRoot()
    {
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.Coupon()));

        var (exitCode, output) = await OpenSsl.VerifyPassSignatureAsync(pass.ExtractToTemporaryFolder(), Path.Combine(RepositoryPaths.CertsSample, "test-root-ca.pem"));

        Assert.True(exitCode == 0, output);
        Assert.True(pass.PassJson.TryGetProperty("coupon", out _));
        Assert.Equal("€5 off", pass.Field("title").GetProperty("value").GetString());
        Assert.Equal("2026-12-31T23:00:00Z", pass.PassJson.GetProperty("expirationDate").GetString());
    }

    [Fact]
    public async Task ATamperedManifestFailsVerification()
    {
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard()));
        var folder = pass.ExtractToTemporaryFolder();
        File.WriteAllText(Path.Combine(folder, "manifest.json"), "{}");

        var (exitCode, _) = await OpenSsl.VerifyPassSignatureAsync(folder, Path.Combine(RepositoryPaths.CertsSample, "test-root-ca.pem"));

        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public void TheManifestListsEveryFileWithItsSha1AndNothingElse()
    {
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard()));
        var manifest = JsonDocument.Parse(pass.Files["manifest.json"]).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        var hashed = pass.Files.Keys.Where(name => name is not ("manifest.json" or "signature")).Order().ToList();
        Assert.Equal(hashed, manifest.Keys.Order().ToList());
        foreach (var name in hashed)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(pass.Files[name])), manifest[name]);
        }
        Assert.Contains("icon.png", hashed);
        Assert.Contains("strip@3x.png", hashed);
    }

    [Fact]
    public void TheSignatureIsDetachedWithTheIntermediateAndASigningTime()
    {
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard()));
        var cms = new SignedCms(new ContentInfo(pass.Files["manifest.json"]), detached: true);

        cms.Decode(pass.Files["signature"]);
        cms.CheckSignature(verifySignatureOnly: true);

        var signer = Assert.Single(cms.SignerInfos.Cast<SignerInfo>());
        Assert.Contains(signer.SignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.5");
        Assert.Contains(cms.Certificates.Cast<System.Security.Cryptography.X509Certificates.X509Certificate2>(), c => c.Subject.Contains("Worldwide Developer Relations", StringComparison.Ordinal));
        Assert.Contains(SampleSettings.PassTypeIdentifier, signer.Certificate!.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void PassJsonFollowsApplesRules()
    {
        var json = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard(points: 120))).PassJson;

        Assert.Equal(JsonValueKind.Number, json.GetProperty("formatVersion").ValueKind);
        Assert.Equal(1, json.GetProperty("formatVersion").GetInt32());
        Assert.Equal(SampleSettings.PassTypeIdentifier, json.GetProperty("passTypeIdentifier").GetString());
        Assert.Equal(SampleSettings.TeamIdentifier, json.GetProperty("teamIdentifier").GetString());
        Assert.True(json.GetProperty("authenticationToken").GetString()!.Length >= 16);
        Assert.Equal("https://loyalty.example.com/apple", json.GetProperty("webServiceURL").GetString());
        var styles = new[] { "storeCard", "coupon", "generic", "eventTicket", "boardingPass" }.Where(s => json.TryGetProperty(s, out _));
        Assert.Equal(["storeCard"], styles);
        var barcode = Assert.Single(json.GetProperty("barcodes").EnumerateArray().ToList());
        Assert.Equal("PKBarcodeFormatQR", barcode.GetProperty("format").GetString());
        Assert.Equal("MEXAMPLEMEMBERCODE0000001", barcode.GetProperty("message").GetString());
        Assert.Equal("iso-8859-1", barcode.GetProperty("messageEncoding").GetString());
        Assert.StartsWith("rgb(", json.GetProperty("backgroundColor").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThePointsFieldIsANumberWithAChangeMessage()
    {
        var pass = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard(points: 120)));

        var points = pass.Field("points");

        Assert.Equal(JsonValueKind.Number, points.GetProperty("value").ValueKind);
        Assert.Equal(120, points.GetProperty("value").GetInt64());
        Assert.Contains("%@", points.GetProperty("changeMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal("Alex", pass.Field("member").GetProperty("value").GetString());
    }

    [Fact]
    public void FieldKeysAreUniqueAcrossThePass()
    {
        var json = new PkPassFile(SamplePasses.Packager().Package(SamplePasses.StoreCard())).PassJson;

        var keys = json.GetProperty("storeCard").EnumerateObject().SelectMany(list => list.Value.EnumerateArray()).Select(f => f.GetProperty("key").GetString()).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
