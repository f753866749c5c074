namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// The top-level fields the Google Wallet API knows for each resource (protocols.md §4.4–4.6, with the
/// read-only ones Google returns and accepts back), and the fields an insert must have.
/// </summary>
internal sealed record FakeWalletSchema(string Collection, string? ClassCollection, IReadOnlySet<string> Fields, IReadOnlyList<string> Required)
{
    private static readonly string[] Common =
    [
        "id", "kind", "notifyPreference", "messages", "textModulesData", "linksModuleData", "imageModulesData",
        "heroImage", "hexBackgroundColor", "appLinkData", "locations", "securityAnimation", "viewUnlockRequirement",
    ];

    private static readonly string[] ClassCommon =
    [
        "issuerName", "localizedIssuerName", "reviewStatus", "review", "version", "countryCode", "homepageUri",
        "classTemplateInfo", "multipleDevicesAndHoldersAllowedStatus", "callbackOptions", "enableSmartTap",
        "redemptionIssuers", "wordMark", "infoModuleData",
    ];

    private static readonly string[] ObjectCommon =
    [
        "classId", "state", "barcode", "validTimeInterval", "smartTapRedemptionValue", "rotatingBarcode",
        "passConstraints", "saveRestrictions", "groupingInfo", "linkedObjectIds", "hasUsers", "hasLinkedDevice",
        "classReference", "version", "disableExpirationNotification", "infoModuleData",
    ];

    public static IReadOnlyDictionary<string, FakeWalletSchema> ByCollection { get; } = new[]
    {
        Create("loyaltyClass", null, ClassCommon,
            ["programName", "localizedProgramName", "programLogo", "wideProgramLogo", "accountNameLabel",
             "localizedAccountNameLabel", "accountIdLabel", "localizedAccountIdLabel", "rewardsTierLabel",
             "localizedRewardsTierLabel", "rewardsTier", "localizedRewardsTier", "secondaryRewardsTierLabel",
             "localizedSecondaryRewardsTierLabel", "secondaryRewardsTier", "localizedSecondaryRewardsTier",
             "discoverableProgram"],
            ["id", "issuerName", "programName", "programLogo", "reviewStatus"]),
        Create("loyaltyObject", "loyaltyClass", ObjectCommon,
            ["accountId", "accountName", "loyaltyPoints", "secondaryLoyaltyPoints", "linkedOfferIds"],
            ["id", "classId", "state"]),
        Create("offerClass", null, ClassCommon,
            ["provider", "localizedProvider", "title", "localizedTitle", "shortTitle", "localizedShortTitle",
             "redemptionChannel", "details", "localizedDetails", "finePrint", "localizedFinePrint", "helpUri",
             "titleImage", "wideTitleImage"],
            ["id", "issuerName", "provider", "title", "redemptionChannel", "reviewStatus"]),
        Create("offerObject", "offerClass", ObjectCommon, [], ["id", "classId", "state"]),
    }.ToDictionary(schema => schema.Collection);

    public bool IsClass => ClassCollection is null;

    private static FakeWalletSchema Create(
        string collection, string? classCollection, string[] kindFields, string[] ownFields, string[] required) =>
        new(collection, classCollection, new HashSet<string>([.. Common, .. kindFields, .. ownFields]), required);
}
