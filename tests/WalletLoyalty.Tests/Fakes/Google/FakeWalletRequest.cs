using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>A request the fake Google Wallet API received, as sent, and when it arrived.</summary>
public sealed record FakeWalletRequest(string Method, string Path, JsonObject? Body)
{
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
}
