using System.Globalization;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>
/// The demo template with three flyer offers around a day: CAKE10 (the first 3, Maple Street only, valid from the day
/// before to ten days after), BAKE-### (20 codes drawn to the pattern) and SPRING (starting five days after).
/// </summary>
public static class FlyerOffers
{
    public const int CakeFirstN = 3;

    public static TemplateFolder Around(DateOnly today)
    {
        var folder = new TemplateFolder();
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        folder.Write("mechanics.json", $$"""
            {
              "couponOffers": [
                { "id": "cake10", "title": "10% off any cake", "description": "Show this coupon with your loyalty card at the till.", "code": "CAKE10",
                  "valueMinor": 250, "firstN": {{CakeFirstN}}, "validFrom": "{{Day(-1)}}", "validTo": "{{Day(10)}}", "stores": ["maple-street"] },
                { "id": "bake", "title": "A free roll", "pattern": "BAKE-###", "count": 20 },
                { "id": "spring", "title": "Spring tart", "code": "SPRING", "validFrom": "{{Day(5)}}" }
              ]
            }
            """);
        // The offer's title is a text of the template, translated like the others.
        var german = File.ReadAllText(Path.Combine(folder.Demo, "translations", "de.json")).TrimEnd().TrimEnd('}').TrimEnd();
        folder.Write("translations/de.json", german + ",\n  \"10% off any cake\": \"10 % Rabatt auf jeden Kuchen\"\n}\n");
        return folder;
    }
}
