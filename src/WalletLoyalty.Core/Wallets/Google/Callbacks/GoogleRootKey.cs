namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// One of Google's root signing keys: an EC P-256 public key as an X.509 SubjectPublicKeyInfo,
/// for one protocol version, trusted until it expires.
/// </summary>
public sealed record GoogleRootKey(string ProtocolVersion, ReadOnlyMemory<byte> SubjectPublicKeyInfo, DateTimeOffset ExpiresAt)
{
    public bool IsTrustedFor(string protocolVersion, DateTimeOffset now) =>
        string.Equals(ProtocolVersion, protocolVersion, StringComparison.Ordinal) && ExpiresAt > now;
}
