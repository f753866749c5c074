using System.Globalization;
using WalletLoyalty.Members;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Passes;

/// <summary>Turns a stored pass and its member (and coupon) into the values the templates print.</summary>
public static class PassContentFactory
{
    /// <param name="publicBaseUrl">The service's address for links printed on the card; null leaves them off.</param>
    public static PassContent Create(PassView pass, LoyaltyProgram program, string webServiceUrl, string? publicBaseUrl = null)
    {
        var number = Member.FormatNumber(pass.MemberNumber);
        var isCoupon = pass.PassKind == PassKind.Coupon;
        var values = new Dictionary<string, PassValue>
        {
            ["{points}"] = PassValue.Of(pass.PointsBalance),
            ["{memberName}"] = pass.DisplayName,
            ["{memberNumber}"] = number,
            ["{tier}"] = pass.Tier,
            ["{offer}"] = pass.Offer ?? "",
        };
        if (!isCoupon)
        {
            Tiers.TierCardValues.Add(values, pass, program);
        }
        if (isCoupon)
        {
            values["{couponTitle}"] = pass.CouponTitle ?? "";
            values["{couponDescription}"] = pass.CouponDescription ?? "";
            values["{couponExpires}"] = pass.CouponExpiresAt is { } expires
                ? Languages.ShopperLanguage.Date(TimeZoneInfo.ConvertTime(expires, program.TimeZone), pass.Language)
                : "No end date";
        }
        return new PassContent
        {
            Program = program,
            Kind = pass.PassKind,
            SerialNumber = pass.SerialNumber,
            AuthenticationToken = pass.AuthenticationToken,
            WebServiceUrl = webServiceUrl,
            BarcodeMessage = isCoupon ? pass.CouponCode! : pass.MemberCode,
            BarcodeText = isCoupon ? Member.FormatNumber(pass.CouponCode!) : number,
            Voided = pass.Voided,
            ExpiresAt = isCoupon ? pass.CouponExpiresAt : null,
            Values = values,
            Locations = isCoupon || pass.LocationText is null ? [] : Stores(program, pass.LocationHomeStoreId, pass.LocationText),
            MaxDistance = isCoupon ? null : pass.LocationMaxDistance,
            ConsentUrl = isCoupon || publicBaseUrl is null ? null : publicBaseUrl + Consent.ConsentLinks.Path(pass.SerialNumber, pass.AuthenticationToken),
            SurveyUrl = isCoupon || publicBaseUrl is null || program.Template.Survey is null
                ? null : publicBaseUrl + Surveys.SurveyLinks.Path(pass.SerialNumber, pass.AuthenticationToken),
            ReferralUrl = isCoupon || publicBaseUrl is null || program.Template.Mechanics.Referral is null
                ? null : publicBaseUrl + Referrals.ReferralLinks.Path(pass.SerialNumber, pass.AuthenticationToken),
            ExpiryField = isCoupon ? null : PointsExpiry.ExpiryField.For(program, pass.ExpiringPoints, pass.Language),
        };
    }

    /// <summary>The stores nearest the member's home store, as many as Apple reads.</summary>
    private static List<PassLocation> Stores(LoyaltyProgram program, string? homeStoreId, string relevantText) =>
        NearestStores.For(program, homeStoreId)
            .Select(s => new PassLocation(s.Latitude!.Value, s.Longitude!.Value, relevantText))
            .ToList();
}
