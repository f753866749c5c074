namespace WalletLoyalty.Consent;

/// <summary>Where a consent answer was given (member_consents.channel).</summary>
public static class ConsentChannels
{
    /// <summary>On the join page, with the card.</summary>
    public const string Join = "join";

    /// <summary>By the member, on the page the back of their card links to.</summary>
    public const string Member = "member";
}
