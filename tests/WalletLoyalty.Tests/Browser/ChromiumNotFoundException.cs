namespace WalletLoyalty.Tests.Browser;

/// <summary>No Chromium executable could be found, so browser tests cannot run.</summary>
public sealed class ChromiumNotFoundException(string message) : Exception(message);
