namespace WalletLoyalty.Data;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite database file. Relative paths resolve against the working directory.</summary>
    public string Path { get; set; } = "data/walletloyalty.db";
}
