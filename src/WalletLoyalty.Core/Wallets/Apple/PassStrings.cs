using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using WalletLoyalty.Languages;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>
/// The <c>&lt;tag&gt;.lproj/pass.strings</c> files of a program's passes. Wallet looks every text of pass.json
/// up in the file of the phone's language, so each line maps a template text to its translation. English gets
/// a file too, so a phone in a language the program lacks falls back to English like the rest of the pass.
/// </summary>
public static class PassStrings
{
    // A template never changes once loaded, so its files (and their manifest hashes) are written once, not per pass.
    private static readonly ConditionalWeakTable<ProgramTemplate, IReadOnlyList<PassStringsFile>> Written = [];

    public static IReadOnlyList<PassStringsFile> Files(ProgramTemplate template) => Written.GetValue(template, Write);

    private static IReadOnlyList<PassStringsFile> Write(ProgramTemplate template)
    {
        var texts = ProgramTexts.Of(template).Order(StringComparer.Ordinal).ToList();
        var files = new List<PassStringsFile> { File(ShopperLanguage.Default, texts.Select(t => (t, t))) };
        foreach (var language in ShopperLanguage.Supported.Where(template.Translations.ContainsKey))
        {
            var translated = template.Translations[language];
            files.Add(File(language, texts.Where(translated.ContainsKey).Select(t => (t, translated[t]))));
        }
        return files;
    }

    private static PassStringsFile File(string language, IEnumerable<(string Key, string Value)> lines)
    {
        var bytes = Lines(lines);
        return new PassStringsFile($"{language}.lproj/pass.strings", bytes, Convert.ToHexStringLower(SHA1.HashData(bytes)));
    }

    private static byte[] Lines(IEnumerable<(string Key, string Value)> lines)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in lines)
        {
            text.Append('"').Append(Escape(key)).Append("\" = \"").Append(Escape(value)).Append("\";\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

/// <summary>One strings file of a pass, with the SHA-1 its manifest entry carries.</summary>
public sealed record PassStringsFile(string Path, byte[] Bytes, string Sha1Hex);

