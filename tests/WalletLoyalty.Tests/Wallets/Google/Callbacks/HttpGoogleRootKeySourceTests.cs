using WalletLoyalty.Wallets.Google.Callbacks;

namespace WalletLoyalty.Tests.Wallets.Google.Callbacks;

public sealed class HttpGoogleRootKeySourceTests : IAsyncLifetime
{
    private const string IssuerId = "3388000000022195511";
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private readonly TestGoogleCallbackSigner _google = new(Start);
    private readonly ManualTimeProvider _time = new(Start);
    private readonly HttpClient _http = new();
    private FakeGoogleKeysServer _server = null!;
    private HttpGoogleRootKeySource _keys = null!;
    private GoogleCallbackVerifier _verifier = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGoogleKeysServer.StartAsync(_google.RootKeysJson(), maxAge: TimeSpan.FromMinutes(10));
        _keys = new HttpGoogleRootKeySource(_http, _server.KeysUrl, _time);
        _verifier = new GoogleCallbackVerifier(_keys);
    }

    public async Task DisposeAsync()
    {
        _keys.Dispose();
        _http.Dispose();
        _google.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public void TheProductionUrlIsTheOneGooglesCallbackGuideGives()
    {
        Assert.Equal("https://pay.google.com/gp/m/issuer/keys", HttpGoogleRootKeySource.ProductionKeysUrl);
    }

    [Fact]
    public async Task ASecondVerificationUsesTheCachedKeysInsteadOfFetchingAgain()
    {
        await AssertVerifiesAsync(_google);
        await AssertVerifiesAsync(_google);

        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task KeysAreFetchedAgainOnceTheirMaxAgeHasPassed()
    {
        await AssertVerifiesAsync(_google);
        _time.Advance(TimeSpan.FromMinutes(9));
        await AssertVerifiesAsync(_google);
        Assert.Equal(1, _server.RequestCount);

        _time.Advance(TimeSpan.FromMinutes(2));
        await AssertVerifiesAsync(_google);

        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task KeysAreFetchedAgainWhenTheFirstOfThemExpiresEvenWithinTheMaxAge()
    {
        _google.RootKeyExpiresAt = Start.AddMinutes(5);
        _server.KeysJson = _google.RootKeysJson();
        await AssertVerifiesAsync(_google);

        _google.RootKeyExpiresAt = Start.AddDays(30);
        _server.KeysJson = _google.RootKeysJson();
        _time.Advance(TimeSpan.FromMinutes(6));
        await AssertVerifiesAsync(_google);

        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task AnUnknownRootKeyFetchesTheKeysAgainAtMostOnceAMinute()
    {
        using var rotated = new TestGoogleCallbackSigner(Start);
        await AssertVerifiesAsync(_google);
        _server.KeysJson = rotated.RootKeysJson();

        await AssertRejectedAsync(rotated);
        Assert.Equal(1, _server.RequestCount);

        _time.Advance(TimeSpan.FromMinutes(1));
        await AssertVerifiesAsync(rotated);
        await AssertRejectedAsync(_google);
        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task WhenGoogleIsUnreachableTheKeysAlreadyHeldAreKeptInUse()
    {
        await AssertVerifiesAsync(_google);
        _server.Failing = true;
        _time.Advance(TimeSpan.FromMinutes(11));

        await AssertVerifiesAsync(_google);
        await AssertVerifiesAsync(_google);

        Assert.Equal(2, _server.RequestCount);
    }

    [Fact]
    public async Task WithNoKeysHeldAnUnreachableGoogleIsAnErrorNotARejection()
    {
        _server.Failing = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => VerifyAsync(_google));
    }

    private Task<CallbackVerification> VerifyAsync(TestGoogleCallbackSigner signer)
    {
        var body = signer.SignCallback(IssuerId, IssuerId + ".coffee-club", IssuerId + ".member-0042", expiresAt: _time.GetUtcNow().AddMinutes(5));
        return _verifier.VerifyAsync(body, IssuerId, _time.GetUtcNow(), CancellationToken.None);
    }

    private async Task AssertVerifiesAsync(TestGoogleCallbackSigner signer) =>
        Assert.IsType<CallbackVerification.Verified>(await VerifyAsync(signer));

    private async Task AssertRejectedAsync(TestGoogleCallbackSigner signer) =>
        Assert.IsType<CallbackVerification.Rejected>(await VerifyAsync(signer));
}
