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
            File.Delete(Path.Combine(Demo, "mechanics.json"));
        }
    }

    /// <summary>The templates folder to load.</summary>
    public string Templates => _root.FullName;

    /// <summary>The demo program's folder inside it.</summary>
    public string Demo => Path.Combine(_root.FullName, "demo");

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Demo, relativePath), text);

    public void Dispose() => _root.Delete(recursive: true);
}
