using System.Security.Cryptography;
using WalletLoyalty.Push.Fcm;
using WalletLoyalty.Tests.Fakes.Google;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Support;

/// <summary>
/// Fake Google token endpoint, Wallet API and FCM on 127.0.0.1, a service-account key file pointing
/// at them, and the real clients configured from that file the way the service configures them.
/// </summary>
public sealed class GoogleRig : IAsyncDisposable
{
    public const string IssuerId = "3388000000022297569";

    private readonly HttpClient _walletHttp;
    private readonly HttpClient _fcmHttp;

    private GoogleRig(FakeGoogleTokenServer tokenServer, TestServiceAccount account, FakeGoogleWalletApi walletApi, FakeFcm fcm)
    {
        TokenServer = tokenServer;
        Account = account;
        WalletApi = walletApi;
        Fcm = fcm;
        ServiceAccount = account.Load();
        Options = new GoogleOptions
        {
            IssuerId = IssuerId,
            ServiceAccountKeyPath = account.KeyPath,
            WalletApiBaseAddress = walletApi.BaseAddress.AbsoluteUri,
            Origins = ["https://loyalty.example.com"],
        };
        _walletHttp = new HttpClient { BaseAddress = walletApi.BaseAddress };
        _fcmHttp = new HttpClient { BaseAddress = fcm.BaseAddress };
        WalletClient = new GoogleWalletClient(_walletHttp, ServiceAccount);
        FcmClient = new FcmClient(_fcmHttp, ServiceAccount, account.ProjectId);
    }

    public FakeGoogleTokenServer TokenServer { get; }

    public TestServiceAccount Account { get; }

    public FakeGoogleWalletApi WalletApi { get; }

    public FakeFcm Fcm { get; }

    public GoogleServiceAccount ServiceAccount { get; }

    public GoogleOptions Options { get; }

    public GoogleWalletClient WalletClient { get; }

    public FcmClient FcmClient { get; }

    public static async Task<GoogleRig> StartAsync()
    {
        var tokenServer = await FakeGoogleTokenServer.StartAsync();
        var account = TestServiceAccount.Create(tokenServer);
        var walletApi = await FakeGoogleWalletApi.StartAsync(tokenServer, IssuerId);
        var fcm = await FakeFcm.StartAsync(tokenServer, account.ProjectId);
        return new GoogleRig(tokenServer, account, walletApi, fcm);
    }

    public static WalletId Id(string suffix) => WalletId.Create(IssuerId, suffix);

    /// <summary>A registration token shaped like FCM's: instance id, a colon, then a long opaque part.</summary>
    public static string NewFcmToken() =>
        RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 22)
        + ":APA91b" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", 134);

    public async ValueTask DisposeAsync()
    {
        _walletHttp.Dispose();
        _fcmHttp.Dispose();
        await Fcm.DisposeAsync();
        await WalletApi.DisposeAsync();
        await TokenServer.DisposeAsync();
        Account.Dispose();
    }
}
