namespace WalletLoyalty.Tests.Browser;

/// <summary>What Input.dispatchKeyEvent needs so page listeners see the same key a real keyboard sends.</summary>
internal sealed record KeyDefinition(string Key, string Code, int KeyCode, string? Text)
{
    public static KeyDefinition For(string key) => key switch
    {
        "Enter" => new("Enter", "Enter", 13, "\r"),
        "Tab" => new("Tab", "Tab", 9, null),
        "Escape" => new("Escape", "Escape", 27, null),
        "Backspace" => new("Backspace", "Backspace", 8, null),
        "Delete" => new("Delete", "Delete", 46, null),
        "ArrowLeft" => new("ArrowLeft", "ArrowLeft", 37, null),
        "ArrowUp" => new("ArrowUp", "ArrowUp", 38, null),
        "ArrowRight" => new("ArrowRight", "ArrowRight", 39, null),
        "ArrowDown" => new("ArrowDown", "ArrowDown", 40, null),
        " " => new(" ", "Space", 32, " "),
        [var character] when char.IsAsciiLetter(character) =>
            new(key, $"Key{char.ToUpperInvariant(character)}", char.ToUpperInvariant(character), key),
        [var digit] when char.IsAsciiDigit(digit) => new(key, $"Digit{digit}", digit, key),
        _ => throw new ArgumentException(
            $"No key definition for '{key}'. Use a letter, a digit, space, Enter, Tab, Escape, "
            + "Backspace, Delete or an arrow key.",
            nameof(key)),
    };
}
