namespace WalletLoyalty.Imports;

public sealed class ImportOptions
{
    public const string Section = "Imports";

    /// <summary>The largest CSV file accepted, in bytes. A million purchases take about 70 MB.</summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Data rows per transaction: progress is committed, and a restart continues, batch by batch.</summary>
    public int BatchRows { get; set; } = 1000;

    /// <summary>Where uploaded files wait until their import is done; unset: <c>imports/</c> beside the SQLite file, or <c>data/imports</c>.</summary>
    public string? Folder { get; set; }

    /// <summary>At most this many refused lines are kept per import (the count of all of them is kept too).</summary>
    public int MaxStoredErrors { get; set; } = 10_000;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MaxUploadBytes < 1024)
        {
            problems.Add($"Imports:MaxUploadBytes: {MaxUploadBytes} is too small; allow at least 1024 bytes (the default is 268435456, 256 MB).");
        }
        if (BatchRows is < 1 or > 50_000)
        {
            problems.Add($"Imports:BatchRows: {BatchRows} is not between 1 and 50000; the default is 1000.");
        }
        if (MaxStoredErrors < 0)
        {
            problems.Add($"Imports:MaxStoredErrors: {MaxStoredErrors} is negative; the default is 10000.");
        }
        return problems;
    }
}
