using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using WalletLoyalty.Passes;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>
/// Builds the .pkpass zip: pass.json, the style's images, manifest.json (SHA-1 of every file) and
/// the detached signature. Images and their hashes come precomputed from the program; PNGs are
/// stored, not deflated again, since they are compressed already.
/// </summary>
public sealed class PkPassPackager(PassSigningCredentials credentials, PassSigner signer) : IPassPackager
{
    public const string ContentType = "application/vnd.apple.pkpass";

    public byte[] Package(PassContent pass)
    {
        var passJson = PassJsonWriter.Write(pass, credentials.PassTypeIdentifier, credentials.TeamIdentifier);
        var images = pass.Program.Images(pass.Kind).Files;
        var manifest = WriteManifest(passJson, images);
        var signature = signer.Sign(manifest);

        using var output = new MemoryStream(passJson.Length + manifest.Length + signature.Length + images.Sum(i => i.Bytes.Length) + 2048);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "pass.json", passJson, CompressionLevel.Fastest);
            foreach (var image in images)
            {
                Add(zip, image.FileName, image.Bytes, CompressionLevel.NoCompression);
            }
            Add(zip, "manifest.json", manifest, CompressionLevel.Fastest);
            Add(zip, "signature", signature, CompressionLevel.NoCompression);
        }
        return output.ToArray();
    }

    private static byte[] WriteManifest(byte[] passJson, IReadOnlyList<Programs.PassImage> images)
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
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, CompressionLevel level)
    {
        var entry = zip.CreateEntry(name, level);
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
