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
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(ProgramTemplate template)
    {
        var texts = ProgramTexts.Of(template).Order(StringComparer.Ordinal).ToList();
        var files = new List<(string, byte[])> { (PathOf(ShopperLanguage.Default), Write(texts.Select(t => (t, t)))) };
        foreach (var language in ShopperLanguage.Supported.Where(template.Translations.ContainsKey))
        {
            var translated = template.Translations[language];
            files.Add((PathOf(language), Write(texts.Where(translated.ContainsKey).Select(t => (t, translated[t])))));
        }
        return files;
    }

    private static string PathOf(string language) => $"{language}.lproj/pass.strings";

    private static byte[] Write(IEnumerable<(string Key, string Value)> lines)
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
