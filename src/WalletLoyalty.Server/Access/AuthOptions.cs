namespace WalletLoyalty.Server.Access;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>An admin key from configuration, to create the first stored keys. At least 24 characters.</summary>
    public string? BootstrapAdminKey { get; set; }
}
