using System.IO.Compression;
using System.Text.Json;

namespace WalletLoyalty.Tests.Support;

/// <summary>A .pkpass opened for inspection: its files by name and pass.json parsed.</summary>
public sealed class PkPassFile
{
    public PkPassFile(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Files = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
        PassJson = JsonDocument.Parse(Files["pass.json"]).RootElement.Clone();
    }

    public byte[] Bytes { get; }
    public IReadOnlyDictionary<string, byte[]> Files { get; }
    public JsonElement PassJson { get; }

    public string SerialNumber => PassJson.GetProperty("serialNumber").GetString()!;
    public string AuthenticationToken => PassJson.GetProperty("authenticationToken").GetString()!;

    /// <summary>The value of a field by key, in whichever field list of the style it stands.</summary>
    public JsonElement Field(string key)
    {
        var style = PassJson.TryGetProperty("storeCard", out var card) ? card : PassJson.GetProperty("coupon");
        foreach (var list in style.EnumerateObject())
        {
            foreach (var field in list.Value.EnumerateArray())
            {
                if (field.GetProperty("key").GetString() == key)
                {
                    return field;
                }
            }
        }
        throw new KeyNotFoundException($"No field '{key}' on the pass");
    }

    /// <summary>The translations Wallet shows on a phone in the language, from its lproj/pass.strings.</summary>
    public IReadOnlyDictionary<string, string> Strings(string language) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.UTF8.GetString(Files[$"{language}.lproj/pass.strings"]),
                "^\"((?:[^\"\\\\]|\\\\.)*)\" = \"((?:[^\"\\\\]|\\\\.)*)\";$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => Unescape(m.Groups[1].Value), m => Unescape(m.Groups[2].Value));

    private static string Unescape(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\\\\(.)", m => m.Groups[1].Value == "n" ? "\n" : m.Groups[1].Value);

    /// <summary>Writes the files into a fresh folder, as openssl needs them on disk.</summary>
    public string ExtractToTemporaryFolder()
    {
        var folder = Directory.CreateTempSubdirectory("pkpass-").FullName;
        foreach (var (name, content) in Files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }
        return folder;
    }
}
