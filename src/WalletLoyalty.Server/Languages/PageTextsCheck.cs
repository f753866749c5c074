using System.Text.RegularExpressions;
using WalletLoyalty.Languages;

namespace WalletLoyalty.Server.Languages;

/// <summary>
/// What is wrong with a set of page text files, in words that name the file and the key: a language lacking a
/// file, a text English has, a plural form its language needs or a placeholder English uses; a key English does
/// not have; a key in the wrong set's file; the same key in two sets.
/// </summary>
internal static partial class PageTextsCheck
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<PageTextFile> files)
    {
        var problems = new List<string>();
        foreach (var set in files.Select(f => f.Set).Distinct())
        {
            var english = files.FirstOrDefault(f => f.Set == set && f.Language == ShopperLanguage.Default);
            if (english is null)
            {
                problems.Add($"{new PageTextFile(set, ShopperLanguage.Default, new Dictionary<string, string>()).Path} is missing");
                continue;
            }
            foreach (var language in ShopperLanguage.Supported)
            {
                var file = files.FirstOrDefault(f => f.Set == set && f.Language == language);
                if (file is null)
                {
                    problems.Add($"{(english with { Language = language }).Path} is missing");
                    continue;
                }
                problems.AddRange(AgainstEnglish(file, english));
            }
        }
        problems.AddRange(files.SelectMany(f => f.Texts.Keys.Where(k => f.Set.Length > 0 && !k.StartsWith(f.Set + ".", StringComparison.Ordinal))
            .Select(k => $"{f.Path} holds \"{k}\", which does not start with \"{f.Set}.\"")));
        problems.AddRange(files.Where(f => f.Language == ShopperLanguage.Default)
            .SelectMany(f => f.Texts.Keys.Select(k => (Key: k, f.Path)))
            .GroupBy(k => k.Key).Where(g => g.Count() > 1)
            .Select(g => $"\"{g.Key}\" is in both {string.Join(" and ", g.Select(k => k.Path))}"));
        return problems;
    }

    private static IEnumerable<string> AgainstEnglish(PageTextFile file, PageTextFile english)
    {
        var groups = english.Texts.Keys.Select(PluralCategories.GroupOf).OfType<string>().ToHashSet();
        var needed = english.Texts.Keys.Where(k => PluralCategories.GroupOf(k) is null)
            .Concat(groups.SelectMany(g => PluralCategories.Of(file.Language).Select(c => $"{g}.{c}")));
        foreach (var key in needed.Where(k => !file.Texts.ContainsKey(k)))
        {
            yield return $"{file.Path} lacks \"{key}\"";
        }
        foreach (var (key, text) in file.Texts)
        {
            var group = PluralCategories.GroupOf(key);
            var original = group is not null && groups.Contains(group) ? english.Texts[$"{group}.other"] : english.Texts.GetValueOrDefault(key);
            if (original is null)
            {
                yield return $"{file.Path} has \"{key}\", which English does not";
            }
            else if (!Placeholders(text).SetEquals(Placeholders(original)))
            {
                yield return $"{file.Path}: \"{key}\" must use the placeholders {string.Join(" ", Placeholders(original).Order())} as English does";
            }
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();
}
