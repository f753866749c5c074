using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

/// <summary>A text in English and the languages it is translated into, as Google's LocalizedString.</summary>
public sealed record LocalizedText(IReadOnlyList<(string Language, string Text)> Values)
{
    public string Default => Values[0].Text;

    public static LocalizedText English(string text) => new([("en", text)]);

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["defaultValue"] = Value(Values[0]) };
        if (Values.Count > 1)
        {
            json["translatedValues"] = new JsonArray([.. Values.Skip(1).Select(v => (JsonNode)Value(v))]);
        }
        return json;
    }

    private static JsonObject Value((string Language, string Text) value) =>
        new() { ["language"] = value.Language, ["value"] = value.Text };
}

/// <summary>A link on a Google Wallet pass (a LinksModuleData uri), described in the program's languages.</summary>
public sealed record WalletLink(string Id, Uri Uri, LocalizedText Description)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["uri"] = Uri.AbsoluteUri,
        ["description"] = Description.Default,
        ["localizedDescription"] = Description.ToJson(),
    };
}

/// <summary>A titled text on a Google Wallet pass (TextModuleData).</summary>
public sealed record WalletTextModule(string Id, LocalizedText Header, LocalizedText Body)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["body"] = Body.Default, ["localizedBody"] = Body.ToJson() };
        if (Header.Default.Length > 0)
        {
            json["header"] = Header.Default;
            json["localizedHeader"] = Header.ToJson();
        }
        return json;
    }
}
