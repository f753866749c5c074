namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>Who a fake access token was issued to and for which scopes.</summary>
public sealed record FakeTokenGrant(string ClientEmail, IReadOnlyList<string> Scopes);
