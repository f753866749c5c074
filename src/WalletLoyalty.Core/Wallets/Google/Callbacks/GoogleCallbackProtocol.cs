namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// The constants of Google's ECv2SigningOnly scheme as Google Wallet uses it to sign save and
/// delete callbacks.
/// </summary>
public static class GoogleCallbackProtocol
{
    /// <summary>The only <c>protocolVersion</c> Wallet callbacks carry.</summary>
    public const string Version = "ECv2SigningOnly";

    /// <summary>
    /// The sender id signed into both the intermediate key and the message of a pass callback.
    /// Google Pay payment tokens use "Google" here; pass callbacks do not.
    /// </summary>
    public const string SenderId = "GooglePayPasses";
}
