namespace WalletLoyalty.Tests.Hardening;

/// <summary>The routes the OpenAPI document leaves out: shopper and staff pages, the Apple web service, Google's callbacks, program assets.</summary>
public static class PageOperations
{
    private static ApiParameter Query(string name) => new(name, "query", "string");

    public static readonly IReadOnlyList<ApiOperation> All =
    [
        new("GET", "/join/{program}", [Query("src"), Query("lang")], null),
        new("GET", "/join/{program}/apple", [Query("src"), Query("name")], null),
        new("GET", "/join/{program}/google", [Query("src"), Query("name")], null),
        new("GET", "/coupons/{code}/apple", [], null),
        new("GET", "/coupons/{code}/google", [], null),
        new("GET", "/till", [Query("lang")], null),
        new("GET", "/marketing", [Query("lang")], null),
        new("GET", "/programs/{program}/theme.css", [], null),
        new("GET", "/programs/{program}/{folder}/{file}", [], null),
        new("POST", "/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}", [],
            new Dictionary<string, string> { ["pushToken"] = "string" }),
        new("DELETE", "/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}", [], null),
        new("GET", "/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}", [Query("passesUpdatedSince")], null),
        new("GET", "/apple/v1/passes/{passTypeIdentifier}/{serialNumber}", [], null),
        new("POST", "/apple/v1/log", [], new Dictionary<string, string> { ["logs"] = "array" }),
        new("POST", "/google/callbacks", [], new Dictionary<string, string>
        {
            ["signature"] = "string", ["intermediateSigningKey"] = "object", ["protocolVersion"] = "string", ["signedMessage"] = "string",
        }),
    ];
}
