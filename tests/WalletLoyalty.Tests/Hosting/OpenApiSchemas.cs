using System.Text.Json;

namespace WalletLoyalty.Tests.Hosting;

/// <summary>Reads schemas of an OpenAPI document, following $ref into its components.</summary>
public sealed class OpenApiSchemas(JsonElement document)
{
    private static readonly string[] Shapes = ["$ref", "type", "oneOf", "anyOf", "allOf", "enum", "const", "properties"];

    private readonly JsonElement _components = document.GetProperty("components").GetProperty("schemas");

    public IEnumerable<string> ComponentNames => _components.EnumerateObject().Select(c => c.Name);

    /// <summary>
    /// Where in the schema something is left untyped: <c>{}</c>, an object with neither properties nor typed
    /// additional properties, an array without items, or additional properties of any type.
    /// </summary>
    public List<string> Untyped(JsonElement schema, string where)
    {
        var found = new List<string>();
        Walk(schema, where, found, []);
        return found;
    }

    private void Walk(JsonElement schema, string where, List<string> found, HashSet<string> visited)
    {
        if (schema.ValueKind == JsonValueKind.True || (schema.ValueKind == JsonValueKind.Object && !Shapes.Any(s => schema.TryGetProperty(s, out _))))
        {
            found.Add(where);
            return;
        }
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            if (visited.Add(name))
            {
                Walk(_components.GetProperty(name), name, found, visited);
            }
            return;
        }
        if (Has(schema, "object") && !schema.TryGetProperty("properties", out _) && !schema.TryGetProperty("additionalProperties", out _)
            && !schema.TryGetProperty("anyOf", out _) && !schema.TryGetProperty("oneOf", out _) && !schema.TryGetProperty("allOf", out _))
        {
            found.Add(where + " (an object without properties)");
        }
        if (Has(schema, "array") && !schema.TryGetProperty("items", out _))
        {
            found.Add(where + " (an array without items)");
        }
        foreach (var combination in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combination, out var members))
            {
                var index = 0;
                foreach (var member in members.EnumerateArray())
                {
                    Walk(member, $"{where}.{combination}[{index++}]", found, visited);
                }
            }
        }
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                Walk(property.Value, $"{where}.{property.Name}", found, visited);
            }
        }
        if (schema.TryGetProperty("items", out var items))
        {
            Walk(items, where + "[]", found, visited);
        }
        if (schema.TryGetProperty("additionalProperties", out var additional))
        {
            Walk(additional, where + "{}", found, visited);
        }
    }

    private static bool Has(JsonElement schema, string type) =>
        schema.TryGetProperty("type", out var declared)
        && (declared.ValueKind == JsonValueKind.String ? declared.GetString() == type : declared.EnumerateArray().Any(t => t.GetString() == type));
}
