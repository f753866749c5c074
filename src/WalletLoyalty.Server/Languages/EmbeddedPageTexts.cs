using System.Reflection;
using System.Text.Json;

namespace WalletLoyalty.Server.Languages;

/// <summary>The page text files built into the assembly, named <c>Languages.Texts.[&lt;set&gt;/]&lt;tag&gt;.json</c> by the project file.</summary>
internal static class EmbeddedPageTexts
{
    private const string Prefix = "Languages.Texts.";
    private const string Suffix = ".json";

    public static IReadOnlyList<PageTextFile> Read(Assembly assembly) =>
        [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => ReadFile(assembly, name))];

    private static PageTextFile ReadFile(Assembly assembly, string name)
    {
        // The folder part comes from MSBuild's RecursiveDir, so it has the build machine's separator.
        var path = name[Prefix.Length..^Suffix.Length].Replace('\\', '/');
        var slash = path.LastIndexOf('/');
        using var stream = assembly.GetManifestResourceStream(name)!;
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"Languages/Texts/{path}.json is empty.");
        return new PageTextFile(slash < 0 ? "" : path[..slash], path[(slash + 1)..], texts);
    }
}
