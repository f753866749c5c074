namespace WalletLoyalty.Push.Fcm;

/// <summary>Sends Firebase Cloud Messaging messages through the HTTP v1 API.</summary>
public interface IFcmClient
{
    /// <summary>
    /// Sends one message. A message FCM would refuse (no or several targets, non-string data, a
    /// reserved data key, over 4096 bytes) fails without being sent. Never throws for FCM or
    /// transport errors; throws only when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    Task<FcmResult> SendAsync(FcmMessage message, CancellationToken cancellationToken);
}
