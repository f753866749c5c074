namespace WalletLoyalty.Tests.Fakes;

/// <summary>A request that passed every APNs check.</summary>
internal sealed record FakeApnsPush(string Token, string Topic);
