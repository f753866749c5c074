using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Wallets.Google;

/// <summary>
/// The store card template's fields that Google has no place of its own for, as text modules: the tier
/// first, then the back of the card. Points, name and number have Google fields, so they are left out.
/// </summary>
public static class GoogleTextModules
{
    private static readonly string[] OwnFields = ["{points}", "{memberName}", "{memberNumber}"];

    public static IReadOnlyList<WalletTextModule> For(LoyaltyProgram program, PassView pass)
    {
        var fields = program.Template.StoreCard.Fields
            .Where(f => !OwnFields.Contains(f.Value) && (f.Area == "back" || f.Value == "{tier}"))
            .OrderBy(f => f.Value == "{tier}" ? 0 : 1);
        var modules = new List<WalletTextModule>();
        foreach (var field in fields)
        {
            var body = field.Value switch
            {
                "{tier}" => pass.Tier,
                "{offer}" => pass.Offer ?? "",
                "{nextTier}" => Tiers.TierCardValues.NextTier(program, pass),
                "{pointsToNextTier}" => Tiers.TierCardValues.PointsToNextTier(program, pass).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "{tierNotice}" => Tiers.TierCardValues.Notice(program, pass),
                var text => text,
            };
            if (body.Length == 0 || body.Contains('{', StringComparison.Ordinal))
            {
                continue;
            }
            var header = field.Label ?? "";
            modules.Add(new WalletTextModule(field.Key,
                GooglePassContent.Localized(program, header), GooglePassContent.Localized(program, body)));
        }
        if (program.Template.Mechanics.PointsExpiry is { } expiry && pass.ExpiringPoints is { } expiring)
        {
            modules.Add(new WalletTextModule(PointsExpiry.PointsExpiryRules.FieldKey,
                GooglePassContent.Localized(program, expiry.Label), new LocalizedText([.. PointsExpiry.ExpiryField.Values(program, expiry, expiring)])));
        }
        return modules.Take(10).ToList();
    }
}
