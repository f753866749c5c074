namespace WalletLoyalty.Imports;

public sealed record ImportJob
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public long Id { get; init; }
    public string ProgramId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Status { get; init; } = "";

    /// <summary>The uploaded file's name in the import folder.</summary>
    public string FileName { get; init; } = "";

    /// <summary>Data rows in the file, the header not counted.</summary>
    public long RowsTotal { get; init; }

    /// <summary>Data rows committed: imported, skipped as already there, or refused.</summary>
    public long RowsDone { get; init; }
    public long ErrorCount { get; init; }
    public string? Failure { get; init; }
    public long? ApiKeyId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
}

/// <summary>A refused line of a file, numbered as an editor numbers it (the header is line 1).</summary>
public sealed record ImportLineError(long Line, string Message);
