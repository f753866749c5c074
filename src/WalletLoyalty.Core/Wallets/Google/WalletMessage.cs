namespace WalletLoyalty.Wallets.Google;

/// <summary>A message on the back of a pass; <see cref="WalletMessageType.TextAndNotify"/> also notifies the holder.</summary>
/// <param name="Id">Our own id for the message, to find it again; Google does not require it to be unique.</param>
public sealed record WalletMessage(string Id, string Header, string Body, WalletMessageType Type = WalletMessageType.Text);
