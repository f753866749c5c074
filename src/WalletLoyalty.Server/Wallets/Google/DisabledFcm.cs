using WalletLoyalty.Push.Fcm;

namespace WalletLoyalty.Server.Wallets.Google;

/// <summary>Stands in when Fcm:ProjectId is not set: app messages fail for good and say why.</summary>
public sealed class DisabledFcm : IFcmClient
{
    public static DisabledFcm Instance { get; } = new();

    public Task<FcmResult> SendAsync(FcmMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(new FcmResult(FcmOutcome.Failed, null, null, "NotConfigured", "FCM is not configured (Fcm:ProjectId)", null));
}
