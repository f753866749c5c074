using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using WalletLoyalty.Configuration;
using WalletLoyalty.Data;
using WalletLoyalty.Security;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Server.Storage;

public static class KeyRingRegistration
{
    /// <summary>
    /// The data-protection key ring: in the operator's folder if one is named, else a folder beside the SQLite
    /// file or a table every PostgreSQL node shares; encrypted with the operator's certificate if one is named.
    /// </summary>
    public static void AddKeyRing(this IServiceCollection services, IConfiguration configuration, IDatabase database)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var dataProtection = services.AddDataProtection().SetApplicationName("WalletLoyalty");
        if (!string.IsNullOrWhiteSpace(options.KeysPath))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(PathResolver.Resolve(options.KeysPath)));
        }
        else if (database is SqliteDatabase sqlite)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(sqlite.FilePath)!, "keys")));
        }
        else
        {
            services.AddOptions<KeyManagementOptions>().Configure<TimeProvider>((o, time) => o.XmlRepository = new DatabaseKeyRing(database, time));
        }
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            // Also registers the certificate for decryption, so the keys it wrote are read back without a certificate store.
            dataProtection.ProtectKeysWithCertificate(LoadCertificate(options));
        }
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 LoadCertificate(KeyRingOptions options)
    {
        var path = PathResolver.Resolve(options.CertificatePath!);
        const string Fix = "set it to a certificate with its private key (.p12 or PEM), e.g. from 'openssl req -x509 -newkey rsa:3072 -nodes'";
        if (!File.Exists(path))
        {
            throw new ConfigurationProblemException([$"DataProtection:CertificatePath: file '{options.CertificatePath}' not found; {Fix}"]);
        }
        try
        {
            var certificate = CertificateFiles.LoadWithKey(path, options.CertificatePassword);
            return certificate.HasPrivateKey
                ? certificate
                : throw new ConfigurationProblemException([$"DataProtection:CertificatePath: '{options.CertificatePath}' holds no private key; {Fix}"]);
        }
        catch (CryptographicException ex)
        {
            throw new ConfigurationProblemException([$"DataProtection:CertificatePath: '{options.CertificatePath}' could not be read ({ex.Message}); check the file and DataProtection:CertificatePassword"]);
        }
    }
}
