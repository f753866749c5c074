using WalletLoyalty.Imports;

namespace WalletLoyalty.Server.Imports;

/// <summary>The answer to an accepted upload: the import's id, to follow at /api/v1/imports/{id}.</summary>
public sealed record ImportAccepted(long Id);

/// <summary>An import's progress: rows committed of the file's data rows, and its refused lines (docs/import.md).</summary>
public sealed record ImportView(
    long Id, string ProgramId, string Kind, string Status, long RowsDone, long RowsTotal, long ErrorCount, string? Failure,
    IReadOnlyList<ImportLineError> Errors, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    public static ImportView Of(ImportJob job, IReadOnlyList<ImportLineError> errors) =>
        new(job.Id, job.ProgramId, job.Kind, job.Status, job.RowsDone, job.RowsTotal, job.ErrorCount, job.Failure, errors, job.CreatedAt, job.FinishedAt);
}
