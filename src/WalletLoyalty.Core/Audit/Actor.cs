namespace WalletLoyalty.Audit;

/// <summary>The API key a change is made with. Id 0 is the bootstrap admin key from configuration.</summary>
public sealed record Actor(long KeyId, string KeyName);
