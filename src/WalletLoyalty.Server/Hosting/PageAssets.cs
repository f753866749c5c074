using System.Text.Json;
using Microsoft.AspNetCore.StaticAssets;

namespace WalletLoyalty.Server.Hosting;

/// <summary>
/// The fingerprinted URL of each file under <c>wwwroot/</c>, read from the endpoints <c>MapStaticAssets</c> made,
/// and the import map that lets ES modules import each other by their plain names.
/// </summary>
public sealed class PageAssets(EndpointDataSource endpoints)
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _fingerprinted = new(() => Read(endpoints));

    /// <summary>The fingerprinted, root-relative URL of a file, given by its path under <c>wwwroot/</c>.</summary>
    public string Url(string path) => _fingerprinted.Value.TryGetValue(path, out var url)
        ? url
        : throw new InvalidOperationException($"wwwroot/{path} is not among the built static assets.");

    /// <summary>
    /// Maps each module under the given folders to its fingerprinted URL. The keys are rooted, so a relative
    /// import from any module (itself served under its fingerprinted name) resolves to one of them.
    /// </summary>
    public string ImportMap(IEnumerable<string> folders)
    {
        var prefixes = folders.Select(f => f.TrimEnd('/') + "/").ToArray();
        var imports = _fingerprinted.Value
            .Where(a => a.Key.EndsWith(".js", StringComparison.Ordinal) && prefixes.Any(p => a.Key.StartsWith(p, StringComparison.Ordinal)))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(a => "/" + a.Key, a => a.Value);
        return JsonSerializer.Serialize(new { imports });
    }

    private static Dictionary<string, string> Read(EndpointDataSource endpoints)
    {
        var assets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var descriptor in endpoints.Endpoints.SelectMany(e => e.Metadata.OfType<StaticAssetDescriptor>()))
        {
            var label = descriptor.Properties.FirstOrDefault(p => p.Name == "label")?.Value;
            if (label is not null && descriptor.Selectors.Count == 0)
            {
                assets[label] = "/" + descriptor.Route;
            }
        }
        return assets;
    }
}
