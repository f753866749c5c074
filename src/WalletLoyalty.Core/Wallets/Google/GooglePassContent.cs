using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using WalletLoyalty.Members;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Wallets.Google;

/// <summary>Our programs and passes as Google Wallet classes and objects: the same codes the till scans.</summary>
public static partial class GooglePassContent
{
    public static WalletId LoyaltyClassId(string issuerId, LoyaltyProgram program) => WalletId.Create(issuerId, program.Id);

    public static WalletId ObjectId(string issuerId, PassView pass) => WalletId.Create(issuerId, pass.SerialNumber);

    /// <summary>Offers of one title share a class (Google shows the title from the class).</summary>
    public static WalletId OfferClassId(string issuerId, LoyaltyProgram program, string couponTitle) =>
        WalletId.Create(issuerId, $"{program.Id}-offer-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(couponTitle)))[..12]}");

    public static LoyaltyClassJson LoyaltyClass(string issuerId, LoyaltyProgram program, string publicBaseUrl) =>
        new(LoyaltyClassId(issuerId, program), Truncate(program.Template.OrganizationName, 20), program.Template.Name,
            new Uri($"{publicBaseUrl}/programs/{program.Id}/google/program-logo.png"))
        {
            HexBackgroundColor = HexColor(program.Template.Colors.Background),
            CallbackUrl = new Uri($"{publicBaseUrl}/google/callbacks"),
            LocalizedProgramName = Localized(program, program.Template.Name),
        };

    public static OfferClassJson OfferClass(string issuerId, LoyaltyProgram program, PassView coupon, string publicBaseUrl) =>
        new(OfferClassId(issuerId, program, coupon.CouponTitle ?? ""), Truncate(program.Template.OrganizationName, 20),
            Truncate(program.Template.OrganizationName, 12), Truncate(coupon.CouponTitle ?? "Coupon", 60))
        {
            Details = coupon.CouponDescription,
            HexBackgroundColor = HexColor(program.Template.Colors.Background),
            CallbackUrl = new Uri($"{publicBaseUrl}/google/callbacks"),
        };

    /// <param name="publicBaseUrl">Where the card's consent link points; null leaves the link off.</param>
    public static LoyaltyObjectJson LoyaltyObject(string issuerId, LoyaltyProgram program, PassView pass, string? publicBaseUrl = null) =>
        new(ObjectId(issuerId, pass), LoyaltyClassId(issuerId, program), pass.MemberNumber, Truncate(pass.DisplayName, 20))
        {
            State = pass.Voided ? WalletObjectState.Inactive : WalletObjectState.Active,
            PointsBalance = checked((int)pass.PointsBalance),
            BarcodeValue = pass.MemberCode,
            BarcodeText = Member.FormatNumber(pass.MemberNumber),
            LocalizedPointsLabel = program.Template.StoreCard.Fields.FirstOrDefault(f => f.Value == "{points}")?.Label is { } label
                ? Localized(program, label) : null,
            TextModules = GoogleTextModules.For(program, pass),
            Links = publicBaseUrl is null ? [] : Links(program, pass, publicBaseUrl),
        };

    private static List<WalletLink> Links(LoyaltyProgram program, PassView pass, string publicBaseUrl)
    {
        List<WalletLink> links =
        [
            new(TemplateValidator.ConsentFieldKey, new Uri(publicBaseUrl + Consent.ConsentLinks.Path(pass.SerialNumber, pass.AuthenticationToken)),
                Localized(program, program.Template.Consent.LinkLabel)),
        ];
        if (program.Template.Survey is { } survey)
        {
            links.Add(new(TemplateValidator.SurveyFieldKey, new Uri(publicBaseUrl + Surveys.SurveyLinks.Path(pass.SerialNumber, pass.AuthenticationToken)),
                Localized(program, survey.LinkLabel)));
        }
        if (program.Template.Mechanics.Referral is { } referral)
        {
            links.Add(new(TemplateValidator.ReferralFieldKey, new Uri(publicBaseUrl + Referrals.ReferralLinks.Path(pass.SerialNumber, pass.AuthenticationToken)),
                Localized(program, referral.LinkLabel)));
        }
        return links;
    }

    public static OfferObjectJson OfferObject(string issuerId, LoyaltyProgram program, PassView coupon) =>
        new(ObjectId(issuerId, coupon), OfferClassId(issuerId, program, coupon.CouponTitle ?? ""))
        {
            State = coupon.Voided ? WalletObjectState.Inactive : WalletObjectState.Active,
            BarcodeValue = coupon.CouponCode,
            BarcodeText = Member.FormatNumber(coupon.CouponCode ?? ""),
            ValidUntil = coupon.CouponExpiresAt,
        };

    internal static LocalizedText Localized(LoyaltyProgram program, string text) => new([.. program.Template.Translations.All(text)]);

    /// <summary>rgb(84, 46, 27) → #542e1b.</summary>
    public static string HexColor(string rgb)
    {
        var parts = RgbPattern().Match(rgb).Groups;
        return "#" + string.Concat(new[] { parts[1], parts[2], parts[3] }.Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture).ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    [GeneratedRegex(@"rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)")]
    private static partial Regex RgbPattern();
}
