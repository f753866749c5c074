namespace WalletLoyalty.Wallets.Google;

/// <summary>An object's state; anything but <see cref="Active"/> moves the pass to "Expired passes".</summary>
public enum WalletObjectState
{
    Active,
    Completed,
    Expired,
    Inactive,
}
