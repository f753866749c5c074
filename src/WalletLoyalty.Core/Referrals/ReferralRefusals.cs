namespace WalletLoyalty.Referrals;

/// <summary>Why a referral link did not link a friend to its member, as stored in referrals.refusal for support.</summary>
public static class ReferralRefusals
{
    public const string UnknownCode = "unknown-code";
    public const string SameJoinCookie = "same-join-cookie";
    public const string SameEmail = "same-email";
    public const string SamePhone = "same-phone";

    /// <summary>The friend's card was registered on a Wallet device that also holds the referrer's card (found at the first purchase).</summary>
    public const string SameWalletDevice = "same-wallet-device";
}
