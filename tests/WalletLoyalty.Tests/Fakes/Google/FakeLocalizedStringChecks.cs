using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>
/// Google's checks on every LocalizedString (any field named localized…, at any depth): a defaultValue and
/// optional translatedValues, each a TranslatedString of a BCP 47 language tag and a non-empty value.
/// </summary>
internal static partial class FakeLocalizedStringChecks
{
    public static GoogleErrorReply? Check(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, value) in json)
                {
                    var at = path.Length == 0 ? name : $"{path}.{name}";
                    var problem = name.StartsWith("localized", StringComparison.Ordinal) ? CheckLocalized(value, at) : Check(value, at);
                    if (problem is not null)
                    {
                        return problem;
                    }
                }
                return null;
            case JsonArray array:
                return array.Select((item, i) => Check(item, $"{path}[{i}]")).FirstOrDefault(p => p is not null);
            default:
                return null;
        }
    }

    private static GoogleErrorReply? CheckLocalized(JsonNode? node, string path)
    {
        if (node is not JsonObject localized || localized.Any(p => p.Key is not ("defaultValue" or "translatedValues" or "kind")))
        {
            return GoogleErrorReply.BadRequest($"Invalid JSON payload received. {path} must be a LocalizedString (defaultValue, translatedValues).");
        }
        if (localized["defaultValue"] is null)
        {
            return GoogleErrorReply.BadRequest($"{path}.defaultValue is required.");
        }
        var values = new List<(JsonNode? Value, string Path)> { (localized["defaultValue"], $"{path}.defaultValue") };
        if (localized["translatedValues"] is JsonArray translated)
        {
            values.AddRange(translated.Select((v, i) => (v, $"{path}.translatedValues[{i}]")));
        }
        else if (localized["translatedValues"] is not null)
        {
            return GoogleErrorReply.BadRequest($"Invalid JSON payload received. {path}.translatedValues must be a list.");
        }
        var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, at) in values)
        {
            if (value is not JsonObject text || text.Any(p => p.Key is not ("language" or "value" or "kind"))
                || text["language"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
                || text["value"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                return GoogleErrorReply.BadRequest($"Invalid JSON payload received. {at} must be a TranslatedString (language, value).");
            }
            var language = text["language"]!.GetValue<string>();
            if (!LanguageTag().IsMatch(language))
            {
                return GoogleErrorReply.BadRequest($"{at}.language '{language}' is not a BCP 47 language tag.");
            }
            if (text["value"]!.GetValue<string>().Length == 0)
            {
                return GoogleErrorReply.BadRequest($"{at}.value must not be empty.");
            }
            if (!languages.Add(language))
            {
                return GoogleErrorReply.BadRequest($"{path} names the language '{language}' twice.");
            }
        }
        return null;
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$")]
    private static partial Regex LanguageTag();
}
