using System.Text;
using System.Text.RegularExpressions;

namespace WalletLoyalty.Tests.Hardening;

/// <summary>
/// Builds a malformed request for an operation: its body, a path or query parameter, or a header is spoiled;
/// the rest is plausible, so the request gets as far into the handler as it can.
/// </summary>
public sealed partial class MalformedRequests(FuzzTargets targets, Random random)
{
    public FuzzRequest For(ApiOperation operation)
    {
        var spoil = random.Next(10);
        var path = Path(operation, spoilParameters: spoil >= 8 || operation.Body is null && spoil >= 3);
        var query = Query(operation, spoilParameters: spoil >= 8 || operation.Body is null);
        var idempotencyKey = random.Next(3) switch { 0 => MalformedValues.Header(random), 1 => null, _ => Guid.NewGuid().ToString() };
        var authorization = targets.AuthorizationFor(operation.Path, random);
        if (operation.Body is null)
        {
            // A body where none is expected, now and then.
            var stray = random.Next(5) == 0 ? Encoding.UTF8.GetBytes(MalformedValues.Json[random.Next(MalformedValues.Json.Length)]) : null;
            return new FuzzRequest(operation.Method, path + query, authorization, idempotencyKey, stray is null ? null : "application/json", stray);
        }
        var (contentType, body) = spoil switch
        {
            < 4 => ("application/json", Encoding.UTF8.GetBytes(BodyWithOneSpoiledProperty(operation.Body))),
            4 => ("application/json", Truncated(PlausibleBody(operation.Body))),
            5 => ("application/json", WithInvalidUtf8(PlausibleBody(operation.Body))),
            6 => (MalformedValues.WrongContentTypes[random.Next(MalformedValues.WrongContentTypes.Length)], Encoding.UTF8.GetBytes(BodyWithOneSpoiledProperty(operation.Body))),
            7 => ("application/json", WholeBody()),
            _ => ("application/json", Encoding.UTF8.GetBytes(BodyWithOneSpoiledProperty(operation.Body))),
        };
        return new FuzzRequest(operation.Method, path + query, authorization, idempotencyKey, contentType, body);
    }

    private string Path(ApiOperation operation, bool spoilParameters) =>
        ParameterPattern().Replace(operation.Path, match =>
        {
            var name = match.Groups["name"].Value;
            var type = operation.Parameters.FirstOrDefault(p => p.Name == name)?.Type ?? "string";
            return spoilParameters && random.Next(3) > 0 ? UrlTrick() : Uri.EscapeDataString(targets.Plausible(name, type));
        });

    private string Query(ApiOperation operation, bool spoilParameters)
    {
        var names = operation.Parameters.Where(p => p.In == "query").ToList();
        var pairs = names.Select(p => p.Name + "=" + (spoilParameters && random.Next(2) == 0 ? UrlTrick() : Uri.EscapeDataString(targets.Plausible(p.Name, p.Type)))).ToList();
        if (spoilParameters && random.Next(4) == 0)
        {
            pairs.Add(UrlTrick() + "=" + UrlTrick());
        }
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    private string UrlTrick() => random.Next(8) == 0 ? MalformedValues.LongId(random) : MalformedValues.Url[random.Next(MalformedValues.Url.Length)];

    private string PlausibleBody(IReadOnlyDictionary<string, string> properties) =>
        "{" + string.Join(",", properties.Select(p => Quote(p.Key) + ":" + PlausibleJson(p.Key, p.Value))) + "}";

    private string BodyWithOneSpoiledProperty(IReadOnlyDictionary<string, string> properties)
    {
        if (properties.Count == 0)
        {
            return "{" + Quote("unexpected") + ":" + Spoiled() + "}";
        }
        var spoiled = properties.Keys.ElementAt(random.Next(properties.Count));
        return "{" + string.Join(",", properties.Select(p => Quote(p.Key) + ":" + (p.Key == spoiled ? Spoiled(p.Value) : PlausibleJson(p.Key, p.Value)))) + "}";
    }

    private string Spoiled(string type = "object")
    {
        if (random.Next(10) == 0)
        {
            return MalformedValues.Huge(random);
        }
        var wrong = MalformedValues.WrongFor(type);
        return wrong[random.Next(wrong.Count)];
    }

    private string PlausibleJson(string name, string type) => type switch
    {
        "integer" or "number" or "boolean" => targets.Plausible(name, type),
        "array" => "[]",
        "object" => "{}",
        _ => Quote(targets.Plausible(name, type)),
    };

    private byte[] Truncated(string json) => Encoding.UTF8.GetBytes(json[..random.Next(Math.Max(json.Length - 1, 1))]);

    private byte[] WithInvalidUtf8(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        // Inside the first string value when there is one, so the reader meets it while decoding text.
        var at = json.IndexOf(":\"", StringComparison.Ordinal) is var colon and >= 0 ? Encoding.UTF8.GetByteCount(json[..(colon + 2)]) : bytes.Count / 2;
        bytes.InsertRange(at, MalformedValues.InvalidUtf8[random.Next(MalformedValues.InvalidUtf8.Length)]);
        return [.. bytes];
    }

    private byte[] WholeBody() => random.Next(7) switch
    {
        0 => [],
        1 => "null"u8.ToArray(),
        2 => "[]"u8.ToArray(),
        3 => "42"u8.ToArray(),
        4 => Encoding.UTF8.GetBytes(new string('[', 2_000) + new string(']', 2_000)),
        5 => Encoding.UTF8.GetBytes("{\"a\":" + new string('[', 70) + new string(']', 70) + "}"),
        _ => [0x00, 0x01, 0xFF, 0x7B, 0x22],
    };

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex ParameterPattern();
}
