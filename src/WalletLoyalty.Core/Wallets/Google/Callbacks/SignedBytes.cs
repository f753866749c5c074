using System.Buffers.Binary;
using System.Text;

namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// The bytes Google signs: each part in UTF-8, preceded by its length in bytes as a 4-byte
/// little-endian integer.
/// </summary>
internal static class SignedBytes
{
    public static byte[] Join(params ReadOnlySpan<string> parts)
    {
        var total = 0;
        foreach (var part in parts)
        {
            total = checked(total + sizeof(int) + Encoding.UTF8.GetByteCount(part));
        }

        var bytes = new byte[total];
        var offset = 0;
        foreach (var part in parts)
        {
            var written = Encoding.UTF8.GetBytes(part, bytes.AsSpan(offset + sizeof(int)));
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(offset), written);
            offset += sizeof(int) + written;
        }
        return bytes;
    }
}
