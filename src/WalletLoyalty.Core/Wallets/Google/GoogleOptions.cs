namespace WalletLoyalty.Wallets.Google;

public sealed class GoogleOptions
{
    public const string Section = "Google";

    /// <summary>The numeric issuer ID from the Google Pay &amp; Wallet Console; prefixes every class and object id.</summary>
    public string IssuerId { get; set; } = "";

    /// <summary>The service account's JSON key file; the account must be a user of the issuer account.</summary>
    public string ServiceAccountKeyPath { get; set; } = "";

    public string WalletApiBaseAddress { get; set; } = "https://walletobjects.googleapis.com/walletobjects/v1/";

    public string SaveLinkBaseAddress { get; set; } = "https://pay.google.com/gp/v/save/";

    /// <summary>Origins allowed to show the save button for a link's JWT; may be empty for plain links.</summary>
    public string[] Origins { get; set; } = [];
}
