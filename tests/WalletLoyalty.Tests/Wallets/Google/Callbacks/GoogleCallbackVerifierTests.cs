using System.Text.Json.Nodes;
using WalletLoyalty.Wallets.Google.Callbacks;

namespace WalletLoyalty.Tests.Wallets.Google.Callbacks;

public sealed class GoogleCallbackVerifierTests : IDisposable
{
    private const string IssuerId = "3388000000022195511";
    private const string ClassId = IssuerId + ".coffee-club";
    private const string ObjectId = IssuerId + ".member-0042";
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private readonly TestGoogleCallbackSigner _google = new(Now);

    public void Dispose() => _google.Dispose();

    [Fact]
    public async Task ACorrectlySignedSaveCallbackVerifiesAndYieldsClassObjectEventAndNonce()
    {
        var expiresAt = Now.AddMinutes(3);
        var body = _google.SignCallback(IssuerId, ClassId, ObjectId, "save", nonce: "7c1b0f8e-save", expiresAt: expiresAt);

        var verified = Assert.IsType<CallbackVerification.Verified>(await VerifyAsync(body));

        Assert.Equal(new GoogleCallbackMessage(ClassId, ObjectId, GoogleCallbackEventType.Save, "7c1b0f8e-save", expiresAt), verified.Message);
    }

    [Fact]
    public async Task ADelCallbackIsReadAsADeleteEvent()
    {
        var body = _google.SignCallback(IssuerId, ClassId, ObjectId, "del");

        var verified = Assert.IsType<CallbackVerification.Verified>(await VerifyAsync(body));

        Assert.Equal(GoogleCallbackEventType.Delete, verified.Message.EventType);
    }

    [Fact]
    public async Task ATamperedSignedMessageIsRejected()
    {
        var body = JsonNode.Parse(_google.SignCallback(IssuerId, ClassId, ObjectId))!;
        var message = JsonNode.Parse(body["signedMessage"]!.GetValue<string>())!;
        message["objectId"] = IssuerId + ".member-9999";
        body["signedMessage"] = message.ToJsonString();

        Assert.Contains("message signature does not verify", Rejection(await VerifyAsync(body.ToJsonString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageSignedForAnotherIssuerIsRejected()
    {
        var body = _google.SignCallback("3388000000099999999", "3388000000099999999.other", "3388000000099999999.member");

        Assert.Contains("message signature does not verify", Rejection(await VerifyAsync(body)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIntermediateKeySignedByAnUnknownRootIsRejectedAfterOneRefresh()
    {
        using var stranger = new TestGoogleCallbackSigner(Now);
        var keys = new FakeGoogleRootKeySource(_google.RootKeysJson());

        var verification = await VerifyAsync(stranger.SignCallback(IssuerId, ClassId, ObjectId), keys: keys);

        Assert.Contains("not signed by any current Google root key", Rejection(verification), StringComparison.Ordinal);
        Assert.Equal(1, keys.RefreshCount);
    }

    [Fact]
    public async Task ARootKeyGoogleRotatedInIsTrustedOnceTheKeysAreRefreshed()
    {
        using var rotated = new TestGoogleCallbackSigner(Now);
        var keys = new FakeGoogleRootKeySource(_google.RootKeysJson());
        keys.Publish(rotated.RootKeysJson());

        Assert.IsType<CallbackVerification.Verified>(await VerifyAsync(rotated.SignCallback(IssuerId, ClassId, ObjectId), keys: keys));
        Assert.Equal(1, keys.RefreshCount);
    }

    [Fact]
    public async Task AnExpiredIntermediateKeyIsRejected()
    {
        _google.IntermediateKeyExpiresAt = Now.AddSeconds(-1);

        var rejection = Rejection(await VerifyAsync(_google.SignCallback(IssuerId, ClassId, ObjectId)));

        Assert.Contains("intermediate signing key expired", rejection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredRootKeyIsNotTrusted()
    {
        _google.RootKeyExpiresAt = Now.AddMinutes(-1);

        var rejection = Rejection(await VerifyAsync(_google.SignCallback(IssuerId, ClassId, ObjectId)));

        Assert.Contains("not signed by any current Google root key", rejection, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task AnExpiredMessageIsRejected(int millisecondsLeft)
    {
        var body = _google.SignCallback(IssuerId, ClassId, ObjectId, expiresAt: Now.AddMilliseconds(millisecondsLeft));

        Assert.Contains("message expired", Rejection(await VerifyAsync(body)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ECv2")]
    [InlineData("ECv1")]
    [InlineData("ecv2signingonly")]
    public async Task AWrongProtocolVersionIsRejected(string protocolVersion)
    {
        _google.ProtocolVersion = protocolVersion;

        var rejection = Rejection(await VerifyAsync(_google.SignCallback(IssuerId, ClassId, ObjectId)));

        Assert.Equal("protocolVersion is not ECv2SigningOnly", rejection);
    }

    [Fact]
    public async Task ACallbackSignedWithThePaymentsSenderIdIsRejected()
    {
        _google.SenderId = "Google";

        var rejection = Rejection(await VerifyAsync(_google.SignCallback(IssuerId, ClassId, ObjectId)));

        Assert.Contains("not signed by any current Google root key", rejection, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not json")]
    [InlineData("{\"signature\":")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"protocolVersion\":\"ECv2SigningOnly\"}")]
    [InlineData("{\"protocolVersion\":7,\"signature\":\"AAAA\",\"signedMessage\":\"{}\",\"intermediateSigningKey\":{\"signedKey\":\"{}\",\"signatures\":[\"AAAA\"]}}")]
    [InlineData("{\"protocolVersion\":\"ECv2SigningOnly\",\"signature\":\"AAAA\",\"signedMessage\":\"{}\",\"intermediateSigningKey\":{\"signedKey\":\"{}\",\"signatures\":[\"AAAA\"]}}")]
    public async Task GarbageInputIsRejectedWithoutAnException(string body)
    {
        Assert.NotEmpty(Rejection(await VerifyAsync(body)));
    }

    [Fact]
    public async Task DeeplyNestedJsonIsRejectedWithoutAnException()
    {
        var body = new string('[', 10_000) + new string(']', 10_000);

        Assert.Equal("the body is not JSON", Rejection(await VerifyAsync(body)));
    }

    [Theory]
    [InlineData("signature", "\"not base64!\"", "signature is missing or not base64")]
    [InlineData("signature", "42", "signature is missing or not base64")]
    [InlineData("signature", "\"AAAA\"", "message signature does not verify")]
    [InlineData("signedMessage", "null", "signedMessage is missing")]
    [InlineData("intermediateSigningKey", "\"key\"", "intermediateSigningKey.signedKey is missing")]
    [InlineData("intermediateSigningKey.signatures", "[]", "intermediateSigningKey.signatures is missing")]
    [InlineData("intermediateSigningKey.signatures", "[\"@@@@\"]", "intermediateSigningKey.signatures is missing")]
    [InlineData("intermediateSigningKey.signatures", "[1]", "intermediateSigningKey.signatures is missing")]
    [InlineData("intermediateSigningKey.signatures", "[\"AAAA\"]", "not signed by any current Google root key")]
    [InlineData("intermediateSigningKey.signedKey", "\"{}\"", "not signed by any current Google root key")]
    public async Task ASignedCallbackWithABrokenFieldIsRejectedWithoutAnException(string path, string json, string reason)
    {
        var body = JsonNode.Parse(_google.SignCallback(IssuerId, ClassId, ObjectId))!;
        var names = path.Split('.');
        var parent = names[..^1].Aggregate(body, (node, name) => node[name]!);
        parent[names[^1]] = JsonNode.Parse(json);

        Assert.Contains(reason, Rejection(await VerifyAsync(body.ToJsonString())), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "signedMessage is not JSON")]
    [InlineData("[]", "signedMessage has no classId")]
    [InlineData("{\"classId\":\"a.b\",\"objectId\":\"a.c\",\"nonce\":\"n\",\"expTimeMillis\":\"soon\",\"eventType\":\"save\"}", "no expTimeMillis")]
    [InlineData("{\"classId\":\"a.b\",\"objectId\":\"a.c\",\"expTimeMillis\":1893456000000,\"eventType\":\"save\"}", "no nonce")]
    [InlineData("{\"classId\":\"a.b\",\"objectId\":\"a.c\",\"nonce\":\"n\",\"expTimeMillis\":1893456000000,\"eventType\":\"update\"}", "neither \"save\" nor \"del\"")]
    [InlineData("{\"classId\":\"a.b\",\"objectId\":\"a.c\",\"nonce\":\"n\",\"expTimeMillis\":99999999999999999999,\"eventType\":\"save\"}", "no expTimeMillis")]
    public async Task ASignedMessageThatIsNotACallbackIsRejected(string signedMessage, string reason)
    {
        Assert.Contains(reason, Rejection(await VerifyAsync(_google.Sign(IssuerId, signedMessage))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldsGoogleMayAddToTheMessageAreIgnored()
    {
        const string message = "{\"classId\":\"" + ClassId + "\",\"objectId\":\"" + ObjectId
            + "\",\"eventType\":\"save\",\"expTimeMillis\":1893456000000,\"count\":1,\"nonce\":\"n-1\"}";

        var verified = Assert.IsType<CallbackVerification.Verified>(await VerifyAsync(_google.Sign(IssuerId, message)));

        Assert.Equal("n-1", verified.Message.Nonce);
    }

    private async Task<CallbackVerification> VerifyAsync(string body, FakeGoogleRootKeySource? keys = null)
    {
        var verifier = new GoogleCallbackVerifier(keys ?? new FakeGoogleRootKeySource(_google.RootKeysJson()));
        return await verifier.VerifyAsync(body, IssuerId, Now, CancellationToken.None);
    }

    private static string Rejection(CallbackVerification verification) =>
        Assert.IsType<CallbackVerification.Rejected>(verification).Reason;
}
