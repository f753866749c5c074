namespace WalletLoyalty.Data;

public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (the embedded default) or <c>postgres</c> (several nodes on one database).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite database file. Relative paths resolve against the working directory.</summary>
    public string Path { get; set; } = "data/walletloyalty.db";

    /// <summary>With <c>postgres</c>: an Npgsql connection string.</summary>
    public string ConnectionString { get; set; } = "";

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every problem with these settings, each naming the fix.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase) && !IsPostgres)
        {
            problems.Add($"Storage:Provider: '{Provider}' is not a provider; use 'sqlite' (the default) or 'postgres'.");
        }
        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("Storage:ConnectionString: missing; with Storage:Provider 'postgres' set an Npgsql connection string, e.g. \"Host=db;Database=walletloyalty;Username=walletloyalty;Password=…\".");
        }
        if (!IsPostgres && string.IsNullOrWhiteSpace(Path))
        {
            problems.Add("Storage:Path: missing; set the SQLite database file, e.g. data/walletloyalty.db.");
        }
        return problems;
    }
}
