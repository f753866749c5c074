namespace WalletLoyalty.Cli.Storage;

/// <summary>The source or the target is not fit for a copy; the message says why and what to do.</summary>
public sealed class CopyRefusedException(string message) : Exception(message);
