namespace WalletLoyalty.Tests.Browser;

/// <summary>Chromium answered a DevTools Protocol command with an error.</summary>
public sealed class CdpException(string message) : Exception(message);
