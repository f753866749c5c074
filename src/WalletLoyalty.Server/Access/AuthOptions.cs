namespace WalletLoyalty.Server.Access;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>An admin key from configuration, to create the first stored keys. At least 24 characters.</summary>
    public string? BootstrapAdminKey { get; set; }

    public static void Check(AuthOptions options)
    {
        if (!string.IsNullOrEmpty(options.BootstrapAdminKey) && options.BootstrapAdminKey.Length < 24)
        {
            throw new WalletLoyalty.Configuration.ConfigurationProblemException(
                ["Auth:BootstrapAdminKey: at least 24 characters, e.g. from 'openssl rand -hex 24'"]);
        }
    }
}
