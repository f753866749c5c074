using System.Globalization;

namespace WalletLoyalty.Languages;

/// <summary>
/// The languages shoppers are served in, by the tags used for <c>&lt;html lang&gt;</c> and Apple's
/// <c>&lt;tag&gt;.lproj</c> folders, and how a browser's or phone's language is matched to one of them.
/// </summary>
public static class ShopperLanguage
{
    public const string Default = "en";

    public static readonly IReadOnlyList<string> Supported = ["en", "de", "pl", "th", "zh-Hans", "zh-Hant"];

    /// <summary>The supported tag nearest to a BCP 47 tag (pl-PL → pl, zh-TW → zh-Hant, zh → zh-Hans); null when none is.</summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }
        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }
        var language = parts[0].ToLowerInvariant();
        if (language == "zh")
        {
            return parts.Skip(1).Any(p => p.Equals("Hant", StringComparison.OrdinalIgnoreCase) || p is "TW" or "tw" or "HK" or "hk" or "MO" or "mo")
                ? "zh-Hant"
                : "zh-Hans";
        }
        return Supported.FirstOrDefault(s => s == language);
    }

    /// <summary>The best supported language of an Accept-Language header, by its q-values; the default when none matches.</summary>
    public static string Negotiate(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage))
        {
            return Default;
        }
        var ranked = acceptLanguage.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select((item, order) => (Tag: item.Split(';')[0].Trim(), Quality: Quality(item), Order: order))
            .Where(x => x.Quality > 0)
            .OrderByDescending(x => x.Quality).ThenBy(x => x.Order);
        return ranked.Select(x => Match(x.Tag)).FirstOrDefault(m => m is not null) ?? Default;
    }

    /// <summary>The culture numbers, dates and money are formatted in for a supported tag.</summary>
    public static CultureInfo Culture(string tag) => CultureInfo.GetCultureInfo(Match(tag) ?? Default);

    /// <summary>A day as the language writes it on a pass (31 Dec 2026, 31 gru 2026, 2026年12月31日; Thai in the Buddhist era).</summary>
    public static string Date(DateTimeOffset day, string? language)
    {
        var tag = Match(language) ?? Default;
        var pattern = tag switch
        {
            "de" => "d. MMM yyyy",
            "zh-Hans" or "zh-Hant" => "yyyy年M月d日",
            _ => "d MMM yyyy",
        };
        return day.ToString(pattern, tag == Default ? CultureInfo.InvariantCulture : Culture(tag));
    }

    private static double Quality(string item)
    {
        var q = item.Split(';').Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase));
        return q is not null && double.TryParse(q[2..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 1.0;
    }
}
