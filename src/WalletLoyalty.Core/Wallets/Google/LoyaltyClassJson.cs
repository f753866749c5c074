using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

/// <summary>A loyalty programme's Google Wallet class: what every card of the programme shares.</summary>
public sealed record LoyaltyClassJson(WalletId Id, string IssuerName, string ProgramName, Uri ProgramLogo)
{
    public string? HexBackgroundColor { get; init; }

    /// <summary>The programme's name in its languages; null sends <see cref="ProgramName"/> alone.</summary>
    public LocalizedText? LocalizedProgramName { get; init; }

    /// <summary>Where Google sends save and delete callbacks for objects of this class.</summary>
    public Uri? CallbackUrl { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id.ToString(),
            ["issuerName"] = WalletJsonTypes.Limited(IssuerName, 20, "issuerName"),
            ["programName"] = ProgramName,
            ["programLogo"] = WalletJsonTypes.Image(ProgramLogo),
            // Google approves classes sent as UNDER_REVIEW; only approved classes can have objects.
            ["reviewStatus"] = "UNDER_REVIEW",
        };
        if (LocalizedProgramName is not null)
        {
            json["localizedProgramName"] = LocalizedProgramName.ToJson();
        }

        if (HexBackgroundColor is not null)
        {
            json["hexBackgroundColor"] = WalletJsonTypes.Color(HexBackgroundColor);
        }

        if (CallbackUrl is not null)
        {
            json["callbackOptions"] = new JsonObject { ["url"] = CallbackUrl.ToString() };
        }

        return json;
    }
}
