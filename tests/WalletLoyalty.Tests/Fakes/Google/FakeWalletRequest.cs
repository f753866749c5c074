using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>A request the fake Google Wallet API received, as sent.</summary>
public sealed record FakeWalletRequest(string Method, string Path, JsonObject? Body);
