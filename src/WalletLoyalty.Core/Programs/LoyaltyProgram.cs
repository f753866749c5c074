using WalletLoyalty.Passes;

namespace WalletLoyalty.Programs;

/// <summary>A program as the service runs it: its template plus the image files of each pass style.</summary>
public sealed class LoyaltyProgram(string id, ProgramTemplate template, IReadOnlyDictionary<PassKind, PassImageSet> images, string templateHash, IReadOnlyDictionary<string, byte[]>? googleImages = null)
{
    public string Id { get; } = id;
    public ProgramTemplate Template { get; } = template;
    public string TemplateHash { get; } = templateHash;
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(template.TimeZone);

    public PassImageSet Images(PassKind kind) => images[kind];

    /// <summary>Google Wallet artwork by file name (program-logo.png, hero.png), served to Google by URL.</summary>
    public IReadOnlyDictionary<string, byte[]> GoogleImages { get; } = googleImages ?? new Dictionary<string, byte[]>();

    public PassDesign Design(PassKind kind) => kind == PassKind.Coupon ? Template.Coupon : Template.StoreCard;

    public string TierFor(long pointsEarned) =>
        Template.Tiers.Where(t => pointsEarned >= t.MinPoints).OrderByDescending(t => t.MinPoints).FirstOrDefault()?.Name
        ?? "";

    public string EntryTier => TierFor(0);

    public RewardTemplate? Reward(string id) => Template.Rewards.FirstOrDefault(r => r.Id == id);

    public StoreTemplate? Store(string id) => Template.Stores.FirstOrDefault(s => s.Id == id);
}
