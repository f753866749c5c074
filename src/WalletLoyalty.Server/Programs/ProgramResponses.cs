using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.Programs;

/// <summary>A program as the marketer's tools need it; tiers are listed from the lowest.</summary>
public sealed record ProgramSummary(
    string Id, string Name, string Currency, string TimeZone,
    IReadOnlyList<string> Tiers, IReadOnlyList<ProgramStore> Stores, IReadOnlyList<ProgramReward> Rewards)
{
    public static ProgramSummary Of(LoyaltyProgram program) => new(
        program.Id, program.Template.Name, program.Template.Currency, program.Template.TimeZone,
        program.Template.Tiers.OrderBy(t => t.MinPoints).Select(t => t.Name).ToList(),
        program.Template.Stores.Select(s => new ProgramStore(s.Id, s.Name)).ToList(),
        program.Template.Rewards.Select(r => new ProgramReward(r.Id, r.Name, r.Points)).ToList());
}

public sealed record ProgramStore(string Id, string Name);

public sealed record ProgramReward(string Id, string Name, long Points);
