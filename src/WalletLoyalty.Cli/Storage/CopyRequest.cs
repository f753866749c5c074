namespace WalletLoyalty.Cli.Storage;

public sealed record CopyRequest(string SqlitePath, string PostgresConnectionString);
