namespace WalletLoyalty.MemberCare;

/// <summary>Settings of the members' care by staff, bound from <c>Members</c>.</summary>
public sealed class MemberCareOptions
{
    public const string Section = "Members";

    /// <summary>
    /// How long an erased member's Apple device tokens are kept for a phone that has not yet fetched the voided card;
    /// the retention sweep removes them after that.
    /// </summary>
    public int ErasedDeviceTokenDays { get; set; } = 30;

    public IReadOnlyList<string> Problems() =>
        ErasedDeviceTokenDays < 1 ? [$"Members:ErasedDeviceTokenDays: {ErasedDeviceTokenDays} is below 1"] : [];
}
