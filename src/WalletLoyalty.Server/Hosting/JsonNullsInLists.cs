using System.Text;
using System.Text.Json;

namespace WalletLoyalty.Server.Hosting;

/// <summary>
/// Finds a <c>null</c> inside a JSON array. The serializer's nullable checks cover properties but not the
/// elements of a list, and no list in the API holds nulls, so one means a broken client.
/// </summary>
public static class JsonNullsInLists
{
    private sealed class Level(string? name, bool isArray)
    {
        public string? Name { get; } = name;
        public bool IsArray { get; } = isArray;
        public int Index { get; set; } = -1;
    }

    /// <summary>The JSON path of the first null array element (such as <c>$.logs[0]</c>), or null when there is none.</summary>
    public static string? FirstPath(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var levels = new List<Level>();
        string? property = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                levels.RemoveAt(levels.Count - 1);
                continue;
            }
            var inArray = levels.Count > 0 && levels[^1].IsArray;
            if (inArray)
            {
                levels[^1].Index++;
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                levels.Add(new Level(property, reader.TokenType == JsonTokenType.StartArray));
            }
            else if (reader.TokenType == JsonTokenType.Null && inArray)
            {
                return Describe(levels);
            }
            property = null;
        }
        return null;
    }

    private static string Describe(List<Level> levels)
    {
        var path = new StringBuilder("$");
        foreach (var level in levels)
        {
            if (level.Name is not null)
            {
                path.Append('.').Append(level.Name);
            }
            if (level.IsArray)
            {
                path.Append('[').Append(level.Index).Append(']');
            }
        }
        return path.ToString();
    }
}
