using Microsoft.AspNetCore.Components;
using WalletLoyalty.CouponOffers;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Join;
using WalletLoyalty.Server.Languages;

namespace WalletLoyalty.Server.CouponOffers;

/// <summary>The flyer coupon's page: the offer in the shopper's language and its wallet buttons, or the field to type a code.</summary>
public sealed partial class CouponOfferPage
{
    [Parameter, EditorRequired] public required OfferPageModel Model { get; set; }
    [Parameter] public OfferPageState State { get; set; }
    [Inject] public required PageTexts Texts { get; set; }
    [CascadingParameter] public required HttpContext HttpContext { get; set; }

    private PageText T => field ??= Texts.For(HttpContext.Request);
    private LoyaltyProgram Program => Model.Program;
    private ProgramTemplate Template => Program.Template;
    private CouponOffer? Offer => Model.Offer;
    private string? Message => OfferPageStates.MessageKey(State);
    private string Text(string text) => Template.Translations.Text(text, T.Language);
    private string Day(string day) => CouponOffer.Day(day) is { } date
        ? WalletLoyalty.Languages.ShopperLanguage.Date(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), T.Language)
        : day;

    private string PagePath => ClaimLinks.Path(Program.Id);
    private string AppleAction => PagePath + "/apple";
    private string GoogleAction => PagePath + "/google";

    // The card itself, from the join flow: the same token, and the join cookie the coupon's tap wrote names the member.
    private string CardHref => $"/join/{Program.Id}/apple?" + (Model.Source is null ? "" : "src=" + Uri.EscapeDataString(Model.Source) + "&")
        + "lang=" + Uri.EscapeDataString(T.Language) + "&" + EnrolmentTokens.QueryName + "=" + Uri.EscapeDataString(Model.Token);

    private Device Device => DeviceDetection.Detect(HttpContext.Request);
    private bool ShowGoogle => Model.GoogleWalletEnabled && Device != Device.Apple;
    private bool ShowApple => !ShowGoogle || Device != Device.Android;

    public static HtmlPage<CouponOfferPage> Result(OfferPageModel model, OfferPageState state, int statusCode = StatusCodes.Status200OK) =>
        new(new Dictionary<string, object?> { [nameof(Model)] = model, [nameof(State)] = state }, PagePolicy.ShopperForm, statusCode);
}
