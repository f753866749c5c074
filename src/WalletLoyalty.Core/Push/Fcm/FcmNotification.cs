namespace WalletLoyalty.Push.Fcm;

public sealed record FcmNotification(string? Title, string? Body);
