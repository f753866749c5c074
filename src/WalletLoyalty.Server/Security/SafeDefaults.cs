using System.Security.Cryptography.X509Certificates;
using WalletLoyalty.Configuration;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Server.Security;

/// <summary>
/// Outside Development the service refuses what only suits a first run on a laptop: the sample certificates
/// of certs-sample/ (or any chain not issued by Apple), the sample team id, and a public address that is not https.
/// </summary>
public static class SafeDefaults
{
    public const string SampleTeamIdentifier = "WLTEST0001";
    private const string AppleOrganization = "O=Apple Inc.";

    public static void Check(IHostEnvironment environment, PassSigningCredentials credentials, string? publicBaseUrl)
    {
        if (environment.IsDevelopment())
        {
            return;
        }
        var problems = Problems(credentials, publicBaseUrl).ToList();
        if (problems.Count > 0)
        {
            throw new ConfigurationProblemException(
            [
                .. problems,
                $"(the '{environment.EnvironmentName}' environment runs only on real settings; for a trial on this machine start it with --environment Development)",
            ]);
        }
    }

    private static IEnumerable<string> Problems(PassSigningCredentials credentials, string? publicBaseUrl)
    {
        if (!IsApple(credentials.Wwdr.Issuer) || !IsApple(credentials.Wwdr.Subject))
        {
            yield return $"Apple:WwdrCertificatePath: '{credentials.Wwdr.Subject}' is not Apple's WWDR intermediate (the sample certificates are for Development only); download it from https://www.apple.com/certificateauthority/";
        }
        if (credentials.TeamIdentifier == SampleTeamIdentifier)
        {
            yield return $"Apple:TeamIdentifier: '{SampleTeamIdentifier}' is the sample team; set the Team ID of the shop's Apple developer account";
        }
        if (!Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"PublicBaseUrl: '{publicBaseUrl}' must be the https address phones reach the service at, e.g. https://loyalty.example.com (Apple Wallet calls only https web services)";
        }
    }

    private static bool IsApple(string distinguishedName) =>
        new X500DistinguishedName(distinguishedName).Format(multiLine: true)
            .Split('\n', StringSplitOptions.TrimEntries).Contains(AppleOrganization, StringComparer.Ordinal);
}
