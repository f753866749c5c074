using System.Text.Json;

namespace WalletLoyalty.Tests.Browser;

/// <summary>Page-side JavaScript that finds an element by CSS selector; each yields null when nothing matches.</summary>
internal static class ElementScripts
{
    // 'instant' overrides a page's smooth scrolling, so the box is measured where the element ends up.
    public static string ScrollIntoViewAndMeasure(string cssSelector) => WithElement(cssSelector, """
        element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
        const box = element.getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height };
        """);

    public static string FocusAtEnd(string cssSelector) => WithElement(cssSelector, """
        element.focus();
        try {
          element.setSelectionRange?.(element.value.length, element.value.length);
        } catch {
          // Inputs such as type=email have no selection; typing still appends there.
        }
        return document.activeElement === element;
        """);

    public static string InnerText(string cssSelector) => WithElement(cssSelector, "return element.innerText;");

    private static string WithElement(string cssSelector, string body) => $$"""
        (() => {
          const element = document.querySelector({{JsonSerializer.Serialize(cssSelector)}});
          if (!element) return null;
          {{body}}
        })()
        """;
}
