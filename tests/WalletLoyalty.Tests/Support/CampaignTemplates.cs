using System.Text.Json;
using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Support;

/// <summary>
/// A copy of the demo template whose campaign rules a test chooses (cap, quiet hours), so that tests
/// do not depend on the time of day they run at.
/// </summary>
public static class CampaignTemplates
{
    private static readonly string[] Folders = ["images", "store-card", "coupon", "google"];

    /// <summary>Writes the copy and points the settings at it. Without quiet hours unless given.</summary>
    public static void Use(Dictionary<string, string?> settings, int maxPerMemberPerWeek = 3, (string From, string To)? quietHours = null, bool secondProgram = false,
        IReadOnlyList<TestStore>? stores = null)
    {
        var root = Directory.CreateTempSubdirectory("campaign-templates-").FullName;
        foreach (var programId in secondProgram ? new[] { "demo", "other" } : ["demo"])
        {
            Write(Path.Combine(root, programId), maxPerMemberPerWeek, quietHours, stores);
        }
        settings["Templates:Path"] = root;
    }

    private static void Write(string target, int maxPerMemberPerWeek, (string From, string To)? quietHours, IReadOnlyList<TestStore>? stores)
    {
        var source = Path.Combine(RepositoryPaths.Templates, "demo");
        foreach (var folder in Folders)
        {
            Directory.CreateDirectory(Path.Combine(target, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(source, folder)))
            {
                File.Copy(file, Path.Combine(target, folder, Path.GetFileName(file)));
            }
        }
        var program = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "program.json")), documentOptions: new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        })!;
        program["campaigns"] = new JsonObject
        {
            ["maxPerMemberPerWeek"] = maxPerMemberPerWeek,
            ["quietHours"] = quietHours is { } quiet ? new JsonObject { ["from"] = quiet.From, ["to"] = quiet.To } : null,
        };
        if (stores is not null)
        {
            program["stores"] = new JsonArray(stores.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id, ["name"] = $"Store {s.Id}", ["latitude"] = s.Latitude, ["longitude"] = s.Longitude,
            }).ToArray());
        }
        else
        {
            // The translations and the mechanics name the demo's own stores, so they come along only while those stay.
            Directory.CreateDirectory(Path.Combine(target, "translations"));
            foreach (var file in Directory.GetFiles(Path.Combine(source, "translations")))
            {
                File.Copy(file, Path.Combine(target, "translations", Path.GetFileName(file)));
            }
            File.Copy(Path.Combine(source, "mechanics.json"), Path.Combine(target, "mechanics.json"));
        }
        File.WriteAllText(Path.Combine(target, "program.json"), program.ToJsonString());
    }

    /// <summary>Quiet hours that contain the present moment in Berlin and end within the hour.</summary>
    public static (string From, string To) QuietNow()
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        return (local.AddHours(-1).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                local.AddMinutes(30).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>A store of a test program, where it stands.</summary>
public sealed record TestStore(string Id, double Latitude, double Longitude);
