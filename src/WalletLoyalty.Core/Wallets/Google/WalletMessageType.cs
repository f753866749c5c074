namespace WalletLoyalty.Wallets.Google;

public enum WalletMessageType
{
    /// <summary>Shown on the pass only.</summary>
    Text,

    /// <summary>Shown and pushed as an Android notification; at most 3 notifications per pass per 24 hours.</summary>
    TextAndNotify,
}
