using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>Either the JSON a Google Wallet call answers with, or its error.</summary>
internal sealed record FakeWalletAnswer(JsonObject? Body, GoogleErrorReply? Error)
{
    public static implicit operator FakeWalletAnswer(JsonObject body) => new(body, null);

    public static implicit operator FakeWalletAnswer(GoogleErrorReply error) => new(null, error);
}
