namespace WalletLoyalty.Tests.Fakes;

/// <summary>One answer of the fake APNs: to which token, with which status, when it was decided.</summary>
public sealed record FakeApnsAnswer(string Token, int StatusCode, DateTimeOffset At);
