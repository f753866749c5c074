namespace WalletLoyalty.Wallets.Google;

public static class GoogleScopes
{
    public const string WalletObjectIssuer = "https://www.googleapis.com/auth/wallet_object.issuer";

    public const string FirebaseMessaging = "https://www.googleapis.com/auth/firebase.messaging";
}
