using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Storage;

[Trait("Category", "Database")]
public sealed class KeyRingTests
{
    [Fact]
    public async Task WithACertificateTheKeysAreStoredEncryptedInTheOperatorsFolderAndStillReadAfterARestart()
    {
        var data = Directory.CreateTempSubdirectory("key-ring-").FullName;
        var keys = Path.Combine(data, "elsewhere", "keys");
        var certificate = Path.Combine(data, "key-encryption.p12");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=WalletLoyalty key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
            await File.WriteAllBytesAsync(certificate, made.Export(X509ContentType.Pkcs12, "keys-secret"));
        }
        void Configure(Dictionary<string, string?> settings)
        {
            settings["DataProtection:KeysPath"] = keys;
            settings["DataProtection:CertificatePath"] = certificate;
            settings["DataProtection:CertificatePassword"] = "keys-secret";
        }

        string sealedText;
        await using (var first = await ServiceHost.StartAsync(Configure, data))
        {
            sealedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("member 42");
        }
        await using var second = await ServiceHost.StartAsync(Configure, data);
        var opened = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText);

        Assert.Equal("member 42", opened);
        var stored = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(keys, "key-*.xml")));
        Assert.Contains("<EncryptedData", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", stored, StringComparison.Ordinal); // where an unencrypted key keeps its secret
    }

    [Fact]
    public void ACertificateFileThatIsNotThereStopsTheStartNamingTheSetting()
    {
        var problem = Assert.IsType<WalletLoyalty.Configuration.ConfigurationProblemException>(Assert.ThrowsAny<Exception>(() =>
            WalletLoyalty.Server.Hosting.WalletLoyaltyApp.Build(["--environment", "Development"], builder =>
            {
                var settings = SampleSettings.For(Directory.CreateTempSubdirectory("key-ring-missing-").FullName);
                settings["DataProtection:CertificatePath"] = "/nowhere/key-encryption.p12";
                Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(builder.Configuration, settings);
            })));

        Assert.StartsWith("DataProtection:CertificatePath: file '/nowhere/key-encryption.p12' not found", Assert.Single(problem.Problems), StringComparison.Ordinal);
    }
}
