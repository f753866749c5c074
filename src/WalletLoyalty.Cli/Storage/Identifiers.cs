namespace WalletLoyalty.Cli.Storage;

public static class Identifiers
{
    /// <summary>A table or column name quoted the way both SQLite and PostgreSQL read it.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
