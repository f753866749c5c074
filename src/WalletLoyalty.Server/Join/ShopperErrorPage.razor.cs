using Microsoft.AspNetCore.Components;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Join;

/// <summary>What a shopper sees when a link cannot be served: a headline and what to do next, never a stack trace.</summary>
public sealed partial class ShopperErrorPage
{
    [Parameter, EditorRequired] public required string Title { get; set; }
    [Parameter, EditorRequired] public required string Message { get; set; }

    public static HtmlPage<ShopperErrorPage> Result(int status, string title, string message) =>
        new(new Dictionary<string, object?> { [nameof(Title)] = title, [nameof(Message)] = message }, PagePolicy.Shopper, status);
}
