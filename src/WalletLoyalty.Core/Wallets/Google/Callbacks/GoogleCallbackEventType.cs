namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>What the user did with the pass: Google sends "save" and "del".</summary>
public enum GoogleCallbackEventType
{
    Save,
    Delete,
}
