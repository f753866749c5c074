using Microsoft.AspNetCore.Components;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Join;

/// <summary>What a shopper sees when a link cannot be served: a headline and what to do next, in their language, never a stack trace.</summary>
public sealed partial class ShopperErrorPage
{
    public const string ProgramNotFound = "program-not-found";
    public const string DamagedLink = "damaged-link";
    public const string CardLinkUnknown = "card-link-unknown";
    public const string GoogleNotOffered = "google-not-offered";
    public const string CouponNotFound = "coupon-not-found";
    public const string GoogleUnavailable = "google-unavailable";
    public const string TooManyJoins = "too-many-joins";
    public const string ConsentLinkUnknown = "consent-link-unknown";

    /// <summary>Which failure: one of the constants above, the key of its texts in Languages/Texts.</summary>
    [Parameter, EditorRequired] public required string Error { get; set; }

    public static HtmlPage<ShopperErrorPage> Result(int status, string error) =>
        new(new Dictionary<string, object?> { [nameof(Error)] = error }, PagePolicy.Shopper, status);
}
