namespace WalletLoyalty.Push.Apns;

public static class ApnsEndpoints
{
    /// <summary>Wallet pass push tokens are production tokens, so passes always use this host.</summary>
    public const string Production = "https://api.push.apple.com";

    public const string Sandbox = "https://api.sandbox.push.apple.com";
}
