using System.Collections.Concurrent;
using System.Security.Cryptography;
using Google.Apis.Auth.OAuth2;
using WalletLoyalty.Configuration;

namespace WalletLoyalty.Wallets.Google;

/// <summary>
/// A service account loaded from its JSON key file: the e-mail and RSA key that sign save links, and
/// access tokens from the key file's <c>token_uri</c>. Google.Apis.Auth caches each scope's token
/// and fetches a new one only shortly before it expires.
/// </summary>
public sealed class GoogleServiceAccount : IGoogleAccessTokenSource
{
    private readonly ServiceAccountCredential _credential;
    private readonly ConcurrentDictionary<string, ServiceAccountCredential> _scopedCredentials = new();

    private GoogleServiceAccount(ServiceAccountCredential credential) => _credential = credential;

    public string ClientEmail => _credential.Id;

    public string? ProjectId => _credential.ProjectId;

    /// <summary>The private key, for RS256 (RSASSA-PKCS1-v1_5 with SHA-256) signatures.</summary>
    public RSA SigningKey => _credential.Key;

    /// <param name="keyPath">The JSON key file.</param>
    /// <param name="setting">The setting that named the file, quoted in error messages (e.g. "Google:ServiceAccountKeyPath").</param>
    /// <exception cref="ConfigurationProblemException">The file is missing or is not a service-account key.</exception>
    public static GoogleServiceAccount Load(string keyPath, string setting)
    {
        var problem = ServiceAccountKeyFile.Check(keyPath, setting);
        if (problem is not null)
        {
            throw new ConfigurationProblemException([problem]);
        }

        try
        {
            return new GoogleServiceAccount(
                CredentialFactory.FromFile<ServiceAccountCredential>(PathResolver.Resolve(keyPath)));
        }
        // Google.Apis.Auth's key parser throws assorted types (NotSupportedException for a bad ASN.1
        // tag, CryptographicException, FormatException...); every one means the file is unusable.
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new ConfigurationProblemException([ServiceAccountKeyFile.Unreadable(keyPath, setting, exception.Message)]);
        }
    }

    public Task<string> GetAccessTokenAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        var credential = _scopedCredentials.GetOrAdd(scope, CreateScoped);
        return credential.GetAccessTokenForRequestAsync(cancellationToken: cancellationToken);
    }

    private ServiceAccountCredential CreateScoped(string scope) =>
        (ServiceAccountCredential)_credential.ToGoogleCredential().CreateScoped(scope).UnderlyingCredential;
}
