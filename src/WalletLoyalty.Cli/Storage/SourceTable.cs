namespace WalletLoyalty.Cli.Storage;

/// <summary>A table of the SQLite database: its columns in order and the tables its foreign keys point at.</summary>
public sealed record SourceTable(string Name, IReadOnlyList<string> Columns, IReadOnlySet<string> References);
