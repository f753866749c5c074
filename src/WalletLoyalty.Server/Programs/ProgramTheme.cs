using System.Text.RegularExpressions;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Server.Programs;

/// <summary>
/// A program's colours as CSS custom properties, so its pages share one static style sheet. Only colour
/// notations pass: a template's value never becomes CSS of its own.
/// </summary>
public static partial class ProgramTheme
{
    public static string Css(PassColors colors) =>
        $":root {{ --brand: {Safe(colors.Background, "#ffffff")}; --on-brand: {Safe(colors.Foreground, "#000000")}; --accent: {Safe(colors.Label, "#5a5a5a")}; }}\n";

    private static string Safe(string colour, string fallback) => Colour().IsMatch(colour) ? colour : fallback;

    [GeneratedRegex(@"^(#[0-9a-fA-F]{3,8}|rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(,\s*(0|1|0?\.\d+)\s*)?\))\z")]
    private static partial Regex Colour();
}
