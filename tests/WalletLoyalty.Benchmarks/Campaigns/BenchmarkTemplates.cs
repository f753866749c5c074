using System.Text.Json;
using System.Text.Json.Nodes;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>A copy of the demo template without quiet hours, so the benchmark measures the same work at any time of day.</summary>
public static class BenchmarkTemplates
{
    public static string WithoutQuietHours()
    {
        var root = Directory.CreateTempSubdirectory("walletloyalty-bench-templates-").FullName;
        var source = Path.Combine(RepositoryFolder.Root, "templates", "demo");
        var target = Path.Combine(root, "demo");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        var program = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "program.json")), documentOptions: new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        })!;
        program["campaigns"] = new JsonObject { ["maxPerMemberPerWeek"] = 3, ["quietHours"] = null };
        File.WriteAllText(Path.Combine(target, "program.json"), program.ToJsonString());
        return root;
    }
}
