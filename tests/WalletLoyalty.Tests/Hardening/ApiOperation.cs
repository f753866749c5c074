using System.Text.Json;

namespace WalletLoyalty.Tests.Hardening;

/// <summary>A parameter of an operation: where it goes (path, query, header) and the JSON type it should have.</summary>
public sealed record ApiParameter(string Name, string In, string Type);

/// <summary>One method on one path, with the top-level properties of its JSON body (none when it takes no body).</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, IReadOnlyDictionary<string, string>? Body)
{
    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation the OpenAPI document describes, with the body properties resolved from its schemas.</summary>
    public static IReadOnlyList<ApiOperation> AllIn(JsonElement document)
    {
        var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var s) ? s : default;
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name != "parameters"))
            {
                var parameters = method.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, TypeOf(p.TryGetProperty("schema", out var ps) ? ps : default, schemas))).ToList()
                    : [];
                operations.Add(new ApiOperation(method.Name.ToUpperInvariant(), path.Name, parameters, BodyOf(method.Value, schemas)));
            }
        }
        return operations;
    }

    private static Dictionary<string, string>? BodyOf(JsonElement operation, JsonElement schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content))
        {
            return null;
        }
        var properties = new Dictionary<string, string>();
        foreach (var media in content.EnumerateObject())
        {
            var schema = Resolve(media.Value.TryGetProperty("schema", out var sc) ? sc : default, schemas);
            if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var props))
            {
                foreach (var property in props.EnumerateObject())
                {
                    properties[property.Name] = TypeOf(property.Value, schemas);
                }
            }
        }
        return properties;
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference) && schemas.ValueKind == JsonValueKind.Object
            && schemas.TryGetProperty(reference.GetString()!.Split('/')[^1], out var target)
            ? target
            : schema;

    private static string TypeOf(JsonElement schema, JsonElement schemas)
    {
        schema = Resolve(schema, schemas);
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out _) ? "object" : "string";
        }
        // OpenAPI 3.1 writes nullable types as a list: ["null", "integer"].
        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "string"
            : type.GetString()!;
    }
}
