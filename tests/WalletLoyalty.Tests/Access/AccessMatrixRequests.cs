using System.Net.Http.Headers;
using System.Net.Http.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Access;

/// <summary>
/// How the matrix calls each route: its parameters filled with the scenario's real ids, and a body a caller who
/// is let in would send, so that being let in shows as a success rather than as a 404 about made-up data.
/// </summary>
public static class AccessMatrixRequests
{
    private const string ImportUpload = "POST /api/v1/programs/{program}/imports";

    public static HttpRequestMessage For(MappedEndpoint route, Caller caller, AccessScenario scenario)
    {
        var path = route.IsStaticAsset ? route.Path : Fill(route, scenario);
        var method = route.Method == "*" ? HttpMethod.Get : new HttpMethod(route.Method);
        var request = new HttpRequestMessage(method, path);
        if (route.Name == ImportUpload)
        {
            request.RequestUri = new Uri(path + "?kind=members", UriKind.Relative);
            request.Content = new StringContent("external_id,first_name\nmatrix-2,Sam\n", System.Text.Encoding.UTF8, "text/csv");
        }
        else if (Body(route.Name, scenario) is { } body)
        {
            request.Content = JsonContent.Create(body);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }
        if (scenario.PassTokenOf(caller) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(path.StartsWith("/apple/", StringComparison.Ordinal) ? "ApplePass" : "Pass", token);
        }
        else if (scenario.KeyOf(caller) is { } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return request;
    }

    private static string Fill(MappedEndpoint route, AccessScenario scenario)
    {
        var path = route.Path;
        foreach (var name in route.Parameters)
        {
            path = path.Replace("{" + name + "}", Value(route, name, scenario), StringComparison.Ordinal)
                .Replace("{**" + name + "}", Value(route, name, scenario), StringComparison.Ordinal);
        }
        return path;
    }

    private static string Value(MappedEndpoint route, string parameter, AccessScenario scenario) => parameter switch
    {
        "program" => "demo",
        // Voiding, reissuing and erasing would spoil the member the other rows call about.
        "memberId" when route.Path.Contains("/cards/", StringComparison.Ordinal) || route.Method == "DELETE"
            => scenario.CaredMemberId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "memberId" => scenario.MemberId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "code" when route.Path.StartsWith("/api/v1/till/", StringComparison.Ordinal) => scenario.MemberCode,
        "code" => scenario.CouponCode,
        "id" when route.Path.StartsWith("/api/v1/keys/", StringComparison.Ordinal) => scenario.SpareKeyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "id" when route.Path.StartsWith("/api/v1/imports/", StringComparison.Ordinal) => scenario.ImportId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "id" when route.Name == "DELETE /api/v1/programs/{program}/webhooks/{id}" => scenario.SpareWebhookId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "id" when route.Path.Contains("/webhooks/", StringComparison.Ordinal) => scenario.WebhookId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "deliveryId" => scenario.WebhookDeliveryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "link" => "no-such-link",
        "offer" => "cake10", // the demo's flyer coupon; voiding it spoils no other row
        "id" => scenario.CampaignId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "couponId" => scenario.WithdrawnCouponId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "documentName" => "v1",
        "folder" => "images",
        "file" => "logo@2x.png",
        "deviceLibraryIdentifier" => Guid.NewGuid().ToString("N"),
        "passTypeIdentifier" => SampleSettings.PassTypeIdentifier,
        "serialNumber" or "serial" => scenario.Card.SerialNumber,
        "key" => "NOT0THE0KEY0OF0THIS0CARD0AT0ALL0",
        "path" => "no-such-file.txt",
        _ => throw new InvalidOperationException($"{route.Name}: no value for {{{parameter}}}; add one here"),
    };

    private static object? Body(string route, AccessScenario scenario) => route switch
    {
        "POST /api/v1/till/earn" => new { code = scenario.MemberCode, amountMinor = 1000, currency = "EUR", receiptId = "R-matrix-earn" },
        "POST /api/v1/till/redeem" => new { code = scenario.SpareCouponCode },
        "POST /api/v1/till/reverse" => new { receiptId = scenario.Receipt },
        "PATCH /api/v1/programs/{program}/members/{memberId}" => new { firstName = "Alex" },
        "POST /api/v1/programs/{program}/members/{memberId}/coupons" => new { title = "Matrix coupon" },
        "POST /api/v1/programs/{program}/members/{memberId}/messages" => new { title = "Hello", body = "A message" },
        "POST /api/v1/programs/{program}/members/{memberId}/adjustments" => new { points = 5, reason = "Matrix correction" },
        "POST /api/v1/campaigns" or "PUT /api/v1/campaigns/{id}" => AccessScenario.CampaignBody(),
        "POST /api/v1/campaigns/audience-count" => new { programId = "demo", audience = new { } },
        "POST /api/v1/keys" => new { role = "marketer", name = "matrix" },
        "POST /api/v1/programs/{program}/webhooks" => new { url = AccessScenario.WebhookUrl, events = new[] { "points.earned" } },
        "PATCH /api/v1/programs/{program}/webhooks/{id}" => new { description = "matrix" },
        "POST /api/v1/members/{memberId}/devices" => new { token = "fcm-token_0123456789:abcdefghijklmnop", platform = "android" },
        "POST /api/v1/members/{memberId}/location" => new { latitude = 52.52, longitude = 13.40 },
        "POST /apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}" => new { pushToken = new string('a', 64) },
        "POST /apple/v1/log" => new { logs = new[] { "matrix" } },
        "POST /google/callbacks" => new { },
        _ when route.StartsWith("POST ", StringComparison.Ordinal) => new { },
        _ => null,
    };
}
