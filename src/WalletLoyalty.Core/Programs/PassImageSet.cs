using System.Security.Cryptography;

namespace WalletLoyalty.Programs;

/// <summary>
/// The image files of one pass style, read once at start with their SHA-1 hashes,
/// so building a pass never touches the disk or rehashes an image.
/// </summary>
public sealed class PassImageSet
{
    public static readonly string[] AllowedNames = ["icon", "logo", "strip"];

    private PassImageSet(IReadOnlyList<PassImage> files) => Files = files;

    public IReadOnlyList<PassImage> Files { get; }

    public PassImage? Find(string fileName) => Files.FirstOrDefault(f => f.FileName == fileName);

    /// <summary>Reads icon/logo/strip (1x, @2x, @3x) from the folders in order; a later folder overrides an earlier one.</summary>
    public static PassImageSet Load(params string[] folders)
    {
        var byName = new Dictionary<string, PassImage>(StringComparer.Ordinal);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var name in AllowedNames)
            {
                foreach (var suffix in new[] { "", "@2x", "@3x" })
                {
                    var path = Path.Combine(folder, $"{name}{suffix}.png");
                    if (File.Exists(path))
                    {
                        var bytes = File.ReadAllBytes(path);
                        byName[$"{name}{suffix}.png"] = new PassImage($"{name}{suffix}.png", bytes, Convert.ToHexStringLower(SHA1.HashData(bytes)));
                    }
                }
            }
        }
        return new PassImageSet(byName.Values.OrderBy(f => f.FileName, StringComparer.Ordinal).ToList());
    }
}

public sealed record PassImage(string FileName, byte[] Bytes, string Sha1Hex);
