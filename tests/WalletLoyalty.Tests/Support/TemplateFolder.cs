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
            DropOfferTranslations(OfferTexts(File.ReadAllText(MechanicsFile)));
            File.Delete(MechanicsFile);
        }
    }

    private string MechanicsFile => Path.Combine(Demo, "mechanics.json");

    /// <summary>The offers' texts are texts of no program without those offers, so their translations go with them.</summary>
    private void DropOfferTranslations(IEnumerable<string> texts)
    {
        var dropped = texts.ToList();
        foreach (var file in Directory.GetFiles(Path.Combine(Demo, "translations")))
        {
            var translations = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            dropped.ForEach(text => translations.Remove(text));
            File.WriteAllText(file, translations.ToJsonString());
        }
    }

    private static List<string> OfferTexts(string mechanics)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return (JsonNode.Parse(mechanics, documentOptions: options)?["couponOffers"]?.AsArray() ?? [])
            .SelectMany(offer => new[] { offer!["title"]?.GetValue<string>(), offer["description"]?.GetValue<string>() })
            .OfType<string>()
            .ToList();
    }

    /// <summary>The templates folder to load.</summary>
    public string Templates => _root.FullName;

    /// <summary>The demo program's folder inside it.</summary>
    public string Demo => Path.Combine(_root.FullName, "demo");

    /// <summary>Replaces a file of the demo; a new mechanics.json takes the translations of the offers it leaves out along.</summary>
    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Demo, relativePath);
        if (relativePath == "mechanics.json" && File.Exists(path))
        {
            DropOfferTranslations(OfferTexts(File.ReadAllText(path)).Except(OfferTexts(text)));
        }
        File.WriteAllText(path, text);
    }

    public void Dispose() => _root.Delete(recursive: true);
}
