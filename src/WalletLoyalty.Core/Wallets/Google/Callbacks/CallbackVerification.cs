namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>The outcome of checking a callback: the message it carries, or why it was refused.</summary>
public abstract record CallbackVerification
{
    private CallbackVerification()
    {
    }

    /// <summary>Google signed this message for this recipient, and neither it nor its key has expired.</summary>
    public sealed record Verified(GoogleCallbackMessage Message) : CallbackVerification;

    /// <summary>Nothing in the callback should be recorded; the reason is for logs, not for the sender.</summary>
    public sealed record Rejected(string Reason) : CallbackVerification;
}
