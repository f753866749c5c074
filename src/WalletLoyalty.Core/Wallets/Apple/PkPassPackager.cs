using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using WalletLoyalty.Passes;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>
/// Builds the .pkpass zip: pass.json, the style's images, the translations (<see cref="PassStrings"/>), manifest.json (SHA-1 of every file) and
/// the detached signature. Images and their hashes come precomputed from the program. Every entry is
/// stored: the PNGs are compressed already, and deflating two small JSON files would save a few hundred
/// bytes for the cost of a zlib stream each, more than the rest of the zip together.
/// </summary>
public sealed class PkPassPackager(PassSigningCredentials credentials, PassSigner signer) : IPassPackager
{
    public const string ContentType = "application/vnd.apple.pkpass";

    public byte[] Package(PassContent pass)
    {
        var passJson = PassJsonWriter.Write(pass, credentials.PassTypeIdentifier, credentials.TeamIdentifier);
        var images = pass.Program.Images(pass.Kind).Files;
        var strings = PassStrings.Files(pass.Program.Template);
        var manifest = WriteManifest(passJson, images, strings);
        var signature = signer.Sign(manifest);

        using var output = new MemoryStream(passJson.Length + manifest.Length + signature.Length + images.Sum(i => i.Bytes.Length) + strings.Sum(f => f.Bytes.Length) + 2048);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "pass.json", passJson);
            foreach (var image in images)
            {
                Add(zip, image.FileName, image.Bytes);
            }
            foreach (var file in strings)
            {
                Add(zip, file.Path, file.Bytes);
            }
            Add(zip, "manifest.json", manifest);
            Add(zip, "signature", signature);
        }
        return output.ToArray();
    }

    private static byte[] WriteManifest(byte[] passJson, IReadOnlyList<Programs.PassImage> images, IReadOnlyList<PassStringsFile> strings)
    {
        using var buffer = new MemoryStream(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("pass.json", Convert.ToHexStringLower(SHA1.HashData(passJson)));
            foreach (var image in images)
            {
                json.WriteString(image.FileName, image.Sha1Hex);
            }
            foreach (var file in strings)
            {
                json.WriteString(file.Path, file.Sha1Hex);
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
