using WalletLoyalty.Configuration;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Tests.Wallets.Apple;

public sealed class PassSigningCredentialsTests
{
    private static ConfigurationProblemException Refusal(AppleOptions options, DateTimeOffset? now = null) =>
        Assert.Throws<ConfigurationProblemException>(() => PassSigningCredentials.Load(options, now ?? DateTimeOffset.UtcNow));

    [Fact]
    public void TheSampleCertificateLoadsFromPkcs12AndFromPem()
    {
        var fromP12 = PassSigningCredentials.Load(SamplePasses.Options(), DateTimeOffset.UtcNow);
        var pemOptions = SamplePasses.Options();
        pemOptions.CertificatePath = Path.Combine(RepositoryPaths.CertsSample, "pass-certificate.pem");
        pemOptions.CertificatePassword = null;
        var fromPem = PassSigningCredentials.Load(pemOptions, DateTimeOffset.UtcNow);

        Assert.True(fromP12.Certificate.HasPrivateKey);
        Assert.Equal(fromP12.Certificate.Thumbprint, fromPem.Certificate.Thumbprint);
    }

    [Fact]
    public void AMissingCertificateIsRefusedNamingTheSettingAndTheFix()
    {
        var options = SamplePasses.Options();
        options.CertificatePath = "no/such/pass.p12";

        var problem = Assert.Single(Refusal(options).Problems);

        Assert.StartsWith("Apple:CertificatePath", problem, StringComparison.Ordinal);
        Assert.Contains("not found", problem, StringComparison.Ordinal);
        Assert.Contains("certs-sample/README.md", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExpiredCertificateIsRefused()
    {
        var problem = Assert.Single(Refusal(SamplePasses.Options(), now: DateTimeOffset.UtcNow.AddYears(30)).Problems);

        Assert.Contains("valid from", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ACertificateWithoutItsPrivateKeyIsRefused()
    {
        var options = SamplePasses.Options();
        options.CertificatePath = Path.Combine(RepositoryPaths.CertsSample, "pass-certificate.crt");

        var problem = Assert.Single(Refusal(options).Problems);

        Assert.Contains("no private key", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void APassTypeOrTeamThatDisagreesWithTheCertificateIsRefused()
    {
        var options = SamplePasses.Options();
        options.PassTypeIdentifier = "pass.com.example.other";
        options.TeamIdentifier = "OTHERTEAM1";

        var problems = Refusal(options).Problems;

        Assert.Contains(problems, p => p.StartsWith("Apple:PassTypeIdentifier", StringComparison.Ordinal) && p.Contains("UID", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Apple:TeamIdentifier", StringComparison.Ordinal) && p.Contains("OU", StringComparison.Ordinal));
    }

    [Fact]
    public void AWrongPasswordIsRefused()
    {
        var options = SamplePasses.Options();
        options.CertificatePassword = "wrong";

        var problem = Assert.Single(Refusal(options).Problems);

        Assert.Contains("Apple:CertificatePassword", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIntermediateThatDidNotIssueTheCertificateIsRefused()
    {
        var options = SamplePasses.Options();
        options.WwdrCertificatePath = Path.Combine(RepositoryPaths.CertsSample, "test-root-ca.pem");

        var problem = Assert.Single(Refusal(options).Problems);

        Assert.StartsWith("Apple:WwdrCertificatePath", problem, StringComparison.Ordinal);
    }
}
