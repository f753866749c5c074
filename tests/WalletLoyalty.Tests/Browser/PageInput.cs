namespace WalletLoyalty.Tests.Browser;

/// <summary>Real mouse and keyboard input, dispatched through the browser like a user's.</summary>
internal sealed class PageInput(BrowserPage page)
{
    public static InvalidOperationException NotFound(string cssSelector) =>
        new($"No element matches the selector '{cssSelector}'.");

    public async Task ClickAsync(string cssSelector)
    {
        var box = await page.EvaluateAsync<ElementBox>(ElementScripts.ScrollIntoViewAndMeasure(cssSelector))
            ?? throw NotFound(cssSelector);
        if (box.Width <= 0 || box.Height <= 0)
        {
            throw new InvalidOperationException($"'{cssSelector}' has no size, so it cannot be clicked. Is it hidden?");
        }

        await DispatchMouseAsync("mouseMoved", box, button: "none", buttons: 0, clickCount: 0);
        await DispatchMouseAsync("mousePressed", box, button: "left", buttons: 1, clickCount: 1);
        await DispatchMouseAsync("mouseReleased", box, button: "left", buttons: 0, clickCount: 1);
    }

    public async Task TypeAsync(string cssSelector, string text)
    {
        var focused = await page.EvaluateAsync<bool?>(ElementScripts.FocusAtEnd(cssSelector))
            ?? throw NotFound(cssSelector);
        if (!focused)
        {
            throw new InvalidOperationException($"'{cssSelector}' could not take the keyboard focus.");
        }

        await page.Session.SendAsync("Input.insertText", new { text });
    }

    public async Task PressKeyAsync(string keyName)
    {
        var key = KeyDefinition.For(keyName);

        // A keyDown with text also produces keypress and the text input; rawKeyDown is for keys without text.
        await page.Session.SendAsync("Input.dispatchKeyEvent", new
        {
            type = key.Text is null ? "rawKeyDown" : "keyDown",
            key = key.Key,
            code = key.Code,
            windowsVirtualKeyCode = key.KeyCode,
            nativeVirtualKeyCode = key.KeyCode,
            text = key.Text,
            unmodifiedText = key.Text,
        });
        await page.Session.SendAsync("Input.dispatchKeyEvent", new
        {
            type = "keyUp",
            key = key.Key,
            code = key.Code,
            windowsVirtualKeyCode = key.KeyCode,
            nativeVirtualKeyCode = key.KeyCode,
        });
    }

    private Task DispatchMouseAsync(string type, ElementBox box, string button, int buttons, int clickCount) =>
        page.Session.SendAsync("Input.dispatchMouseEvent", new
        {
            type,
            x = box.CenterX,
            y = box.CenterY,
            button,
            buttons,
            clickCount,
        });
}
