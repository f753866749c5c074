namespace WalletLoyalty.Cli.Storage;

/// <summary>One SQLite column and the PostgreSQL column it is copied into.</summary>
public sealed record ColumnPlan(string Source, string Target, ColumnConversion Conversion);

/// <summary>One table to copy: SQLite's name (QRTZ_TRIGGERS), PostgreSQL's (qrtz_triggers), the columns, the identity columns to reset.</summary>
public sealed record TablePlan(string Source, string Target, IReadOnlyList<ColumnPlan> Columns, IReadOnlyList<string> IdentityColumns);
