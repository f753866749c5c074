using System.Security.Cryptography;

namespace WalletLoyalty.Tests.Fakes.Google;

internal sealed record FakeTrustedKey(string KeyId, RSAParameters PublicKey);
