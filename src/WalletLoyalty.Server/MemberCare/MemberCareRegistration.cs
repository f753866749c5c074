using WalletLoyalty.Configuration;
using WalletLoyalty.MemberCare;

namespace WalletLoyalty.Server.MemberCare;

public static class MemberCareRegistration
{
    /// <summary>Staff's care of members: search, profile, adjustments, cards, export and erasure; settings checked at start.</summary>
    public static void AddMemberCare(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MemberCareOptions.Section);
        var options = section.Get<MemberCareOptions>() ?? new MemberCareOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ConfigurationProblemException(problems);
        }
        services.Configure<MemberCareOptions>(section);
        services.AddSingleton<MemberSearch>();
        services.AddSingleton<MemberRecords>();
        services.AddSingleton<MemberProfileEdit>();
        services.AddSingleton<PointsAdjustment>();
        services.AddSingleton<MemberCards>();
        services.AddSingleton<MemberExport>();
        services.AddSingleton<MemberErasure>();
    }
}
