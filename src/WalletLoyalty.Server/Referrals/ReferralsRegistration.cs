using WalletLoyalty.Referrals;

namespace WalletLoyalty.Server.Referrals;

public static class ReferralsRegistration
{
    /// <summary>The members' referral pages.</summary>
    public static void AddReferrals(this IServiceCollection services) => services.AddSingleton<ReferralInvitations>();
}
