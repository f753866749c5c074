using System.Security.Cryptography;
using System.Text;

namespace WalletLoyalty.Security;

public static class ConstantTime
{
    /// <summary>Compares two secrets without leaking, through timing, how much of them matched.</summary>
    public static bool Equals(string? presented, string expected)
    {
        if (presented is null)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
