using Npgsql;

namespace WalletLoyalty.Cli.Storage;

/// <summary>
/// A copy in progress: the source's read snapshot, the target's open transaction, the tables copied, and
/// the key files added to the key ring table beyond its copied rows.
/// </summary>
public sealed record CopySession(
    SourceDatabase Source,
    NpgsqlConnection Target,
    NpgsqlTransaction Transaction,
    IReadOnlyList<TablePlan> Tables,
    int KeyFilesImported);
