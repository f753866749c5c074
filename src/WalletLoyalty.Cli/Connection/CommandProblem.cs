namespace WalletLoyalty.Cli.Connection;

/// <summary>A mistake the operator can fix, shown as one line without a stack trace.</summary>
public sealed class CommandProblem(string message) : Exception(message);
