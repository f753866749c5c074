using System.Diagnostics;
using WalletLoyalty.Configuration;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Hosting;

[Trait("Category", "Database")]
public sealed class OtherTestPkiTests
{
    [Fact]
    public async Task AFreshlyMadeTestPkiWithItsOwnIdentifiersJustWorks()
    {
        var pki = Directory.CreateTempSubdirectory("other-pki-").FullName;
        await MakePkiAsync(pki, passTypeId: "pass.org.example.corner-shop", teamId: "ZZTEAM0042");

        await using var service = await ServiceHost.StartAsync(settings =>
        {
            settings["Apple:PassTypeIdentifier"] = "pass.org.example.corner-shop";
            settings["Apple:TeamIdentifier"] = "ZZTEAM0042";
            settings["Apple:CertificatePath"] = Path.Combine(pki, "pass-certificate.pem");
            settings["Apple:CertificatePassword"] = null;
            settings["Apple:WwdrCertificatePath"] = Path.Combine(pki, "test-wwdr-g4.pem");
        });
        var pass = await new AppleDevice(service.Client).AddFromLandingPageAsync("/join/demo");
        var (exitCode, output) = await OpenSsl.VerifyPassSignatureAsync(pass.ExtractToTemporaryFolder(), Path.Combine(pki, "test-root-ca.pem"));

        Assert.True(exitCode == 0, output);
        Assert.Equal("pass.org.example.corner-shop", pass.PassJson.GetProperty("passTypeIdentifier").GetString());
        Assert.Equal("ZZTEAM0042", pass.PassJson.GetProperty("teamIdentifier").GetString());
    }

    [Fact]
    public void TheServiceRefusesToStartWithoutItsCertificate()
    {
        var data = Directory.CreateTempSubdirectory("no-cert-").FullName;

        var refusal = Assert.ThrowsAny<Exception>(() => WalletLoyalty.Server.Hosting.WalletLoyaltyApp.Build(["--environment", "Development"], builder =>
        {
            var settings = SampleSettings.For(data);
            settings["Apple:CertificatePath"] = Path.Combine(data, "missing.p12");
            Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(builder.Configuration, settings);
        }));

        var problem = Assert.IsType<ConfigurationProblemException>(refusal);
        Assert.Contains(problem.Problems, p => p.StartsWith("Apple:CertificatePath", StringComparison.Ordinal));
    }

    private static async Task MakePkiAsync(string folder, string passTypeId, string teamId)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.CertsSample, "make-test-pki.sh"));
        start.ArgumentList.Add(folder);
        start.Environment["PASS_TYPE_ID"] = passTypeId;
        start.Environment["TEAM_ID"] = teamId;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await output + await error);
    }
}
