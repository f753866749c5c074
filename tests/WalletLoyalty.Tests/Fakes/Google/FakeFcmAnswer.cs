namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>What the fake FCM answered a message to a token (200 when accepted), and when the request arrived.</summary>
public sealed record FakeFcmAnswer(string Token, int StatusCode, DateTimeOffset At);
