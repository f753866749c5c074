using System.Text.Json;
using System.Text.RegularExpressions;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>Writes pass.json as protocols.md §1.2–1.6 describe it.</summary>
public static partial class PassJsonWriter
{
    private static readonly (string Area, string Property)[] Areas =
    [
        ("header", "headerFields"), ("primary", "primaryFields"), ("secondary", "secondaryFields"),
        ("auxiliary", "auxiliaryFields"), ("back", "backFields"),
    ];

    public static byte[] Write(PassContent pass, string passTypeIdentifier, string teamIdentifier)
    {
        var template = pass.Program.Template;
        var design = pass.Program.Design(pass.Kind);
        using var buffer = new MemoryStream(2048);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", 1);
            json.WriteString("passTypeIdentifier", passTypeIdentifier);
            json.WriteString("teamIdentifier", teamIdentifier);
            json.WriteString("serialNumber", pass.SerialNumber);
            json.WriteString("organizationName", template.OrganizationName);
            json.WriteString("description", design.Description);
            if (design.LogoText.Length > 0)
            {
                json.WriteString("logoText", design.LogoText);
            }
            json.WriteString("backgroundColor", template.Colors.Background);
            json.WriteString("foregroundColor", template.Colors.Foreground);
            json.WriteString("labelColor", template.Colors.Label);
            json.WriteString("webServiceURL", pass.WebServiceUrl);
            json.WriteString("authenticationToken", pass.AuthenticationToken);
            if (pass.Voided)
            {
                json.WriteBoolean("voided", true);
            }
            if (pass.ExpiresAt is { } expires)
            {
                json.WriteString("expirationDate", expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            }
            WriteBarcodes(json, pass);
            WriteLocations(json, pass);
            json.WriteStartObject(pass.Kind == PassKind.Coupon ? "coupon" : "storeCard");
            foreach (var (area, property) in Areas)
            {
                var fields = design.Fields.Where(f => f.Area == area);
                if (area == "back" && pass.ConsentUrl is { } consentUrl)
                {
                    // Wallet turns a URL in a back field into a link; the label is a template text, so pass.strings translates it.
                    fields = fields.Append(new PassFieldTemplate { Area = area, Key = TemplateValidator.ConsentFieldKey, Label = template.Consent.LinkLabel, Value = consentUrl });
                }
                if (area == "back" && pass.SurveyUrl is { } surveyUrl && template.Survey is { } survey)
                {
                    fields = fields.Append(new PassFieldTemplate { Area = area, Key = TemplateValidator.SurveyFieldKey, Label = survey.LinkLabel, Value = surveyUrl });
                }
                if (area == "back" && pass.ReferralUrl is { } referralUrl && template.Mechanics.Referral is { } referral)
                {
                    fields = fields.Append(new PassFieldTemplate { Area = area, Key = TemplateValidator.ReferralFieldKey, Label = referral.LinkLabel, Value = referralUrl });
                }
                if (area == "back" && pass.ExpiryField is { } expiry)
                {
                    fields = fields.Append(expiry);
                }
                WriteFields(json, property, fields, pass.Values);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteBarcodes(Utf8JsonWriter json, PassContent pass)
    {
        json.WriteStartArray("barcodes");
        json.WriteStartObject();
        json.WriteString("format", "PKBarcodeFormatQR");
        json.WriteString("message", pass.BarcodeMessage);
        json.WriteString("messageEncoding", "iso-8859-1");
        json.WriteString("altText", pass.BarcodeText);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteLocations(Utf8JsonWriter json, PassContent pass)
    {
        if (pass.Locations.Count == 0)
        {
            return;
        }
        json.WriteStartArray("locations");
        foreach (var location in pass.Locations)
        {
            json.WriteStartObject();
            json.WriteNumber("latitude", location.Latitude);
            json.WriteNumber("longitude", location.Longitude);
            json.WriteString("relevantText", location.RelevantText);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (pass.MaxDistance is { } metres)
        {
            json.WriteNumber("maxDistance", metres);
        }
    }

    private static void WriteFields(Utf8JsonWriter json, string property, IEnumerable<PassFieldTemplate> fields, IReadOnlyDictionary<string, PassValue> values)
    {
        var list = fields.ToList();
        if (list.Count == 0)
        {
            return;
        }
        json.WriteStartArray(property);
        foreach (var field in list)
        {
            json.WriteStartObject();
            json.WriteString("key", field.Key);
            if (field.Label is { } label)
            {
                json.WriteString("label", label);
            }
            var single = SinglePlaceholder().Match(field.Value);
            if (single.Success && values.TryGetValue(single.Value, out var value) && value.Number is { } number)
            {
                json.WriteNumber("value", number);
            }
            else
            {
                json.WriteString("value", Fill(field.Value, values));
            }
            if (field.ChangeMessage is { } changeMessage)
            {
                json.WriteString("changeMessage", changeMessage);
            }
            if (field.TextAlignment is { } alignment)
            {
                json.WriteString("textAlignment", alignment);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static string Fill(string text, IReadOnlyDictionary<string, PassValue> values) =>
        Placeholder().Replace(text, match => values.TryGetValue(match.Value, out var value) ? value.Text : "");

    [GeneratedRegex(@"^\{[A-Za-z]+\}\z")]
    private static partial Regex SinglePlaceholder();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
