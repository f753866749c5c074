using System.Text.Json;
using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Support;

/// <summary>A copy of the demo template in a temporary templates folder, to change one file and load it.</summary>
public sealed class TemplateFolder : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("walletloyalty-templates-");

    public TemplateFolder(bool withMechanics = true)
    {
        var demo = Path.Combine(RepositoryPaths.Templates, "demo");
        foreach (var file in Directory.GetFiles(demo, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Demo, Path.GetRelativePath(demo, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        if (!withMechanics)
        {
            var offerTexts = OfferTexts(Path.Combine(Demo, "mechanics.json"));
            File.Delete(Path.Combine(Demo, "mechanics.json"));
            // The offers' texts are texts of no program without mechanics, so their translations go too.
            foreach (var file in Directory.GetFiles(Path.Combine(Demo, "translations")))
            {
                var translations = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
                offerTexts.ForEach(text => translations.Remove(text));
                File.WriteAllText(file, translations.ToJsonString());
            }
        }
    }

    private static List<string> OfferTexts(string mechanicsFile)
    {
        var mechanics = JsonNode.Parse(File.ReadAllText(mechanicsFile), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        return (mechanics["couponOffers"]?.AsArray() ?? [])
            .SelectMany(offer => new[] { offer!["title"]?.GetValue<string>(), offer["description"]?.GetValue<string>() })
            .OfType<string>()
            .ToList();
    }

    /// <summary>The templates folder to load.</summary>
    public string Templates => _root.FullName;

    /// <summary>The demo program's folder inside it.</summary>
    public string Demo => Path.Combine(_root.FullName, "demo");

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Demo, relativePath), text);

    public void Dispose() => _root.Delete(recursive: true);
}
