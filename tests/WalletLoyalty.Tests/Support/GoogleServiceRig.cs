using WalletLoyalty.Tests.Fakes.Google;
using WalletLoyalty.Tests.Wallets.Google.Callbacks;

namespace WalletLoyalty.Tests.Support;

/// <summary>Google's side, faked with its checks: OAuth token endpoint, Wallet API, FCM, callback signing keys.</summary>
public sealed class GoogleServiceRig : IAsyncDisposable
{
    public const string IssuerId = "3388000000022100001";
    public const string PublicBaseUrl = "https://loyalty.example.com";

    private GoogleServiceRig(FakeGoogleTokenServer tokens, FakeGoogleWalletApi wallet, FakeFcm fcm, TestServiceAccount account,
        TestGoogleCallbackSigner signer, FakeGoogleKeysServer keys)
    {
        Tokens = tokens;
        Wallet = wallet;
        Fcm = fcm;
        Account = account;
        Signer = signer;
        Keys = keys;
    }

    public FakeGoogleTokenServer Tokens { get; }
    public FakeGoogleWalletApi Wallet { get; }
    public FakeFcm Fcm { get; }
    public TestServiceAccount Account { get; }
    public TestGoogleCallbackSigner Signer { get; }
    public FakeGoogleKeysServer Keys { get; }

    public static async Task<GoogleServiceRig> StartAsync()
    {
        var tokens = await FakeGoogleTokenServer.StartAsync();
        var wallet = await FakeGoogleWalletApi.StartAsync(tokens, IssuerId);
        var fcm = await FakeFcm.StartAsync(tokens, "walletloyalty-test");
        var account = TestServiceAccount.Create(tokens);
        var signer = new TestGoogleCallbackSigner(DateTimeOffset.UtcNow);
        var keys = await FakeGoogleKeysServer.StartAsync(signer.RootKeysJson());
        return new GoogleServiceRig(tokens, wallet, fcm, account, signer, keys);
    }

    public void Configure(Dictionary<string, string?> settings)
    {
        settings["PublicBaseUrl"] = PublicBaseUrl;
        settings["Google:IssuerId"] = IssuerId;
        settings["Google:ServiceAccountKeyPath"] = Account.KeyPath;
        settings["Google:WalletApiBaseAddress"] = Wallet.BaseAddress.ToString();
        settings["Google:CallbackKeysUrl"] = Keys.KeysUrl.ToString();
        settings["Fcm:ProjectId"] = Fcm.ProjectId;
        settings["Fcm:BaseAddress"] = Fcm.BaseAddress.ToString();
        settings["Push:CoalesceMilliseconds"] = "0";
    }

    public async ValueTask DisposeAsync()
    {
        await Keys.DisposeAsync();
        Signer.Dispose();
        Account.Dispose();
        await Fcm.DisposeAsync();
        await Wallet.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
