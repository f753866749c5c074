using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Spectre.Console;
using WalletLoyalty.Data;

namespace WalletLoyalty.Cli.Storage;

/// <summary>
/// Copies a shop's SQLite database into an empty PostgreSQL database: migrates the target, copies every
/// table in foreign-key order in one transaction, moves the identity sequences past the copied ids, and
/// commits only when the checks agree.
/// </summary>
public sealed class StorageCopy(IAnsiConsole console, CopyVerifier verifier)
{
    public async Task<int> RunAsync(CopyRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await CopyAsync(request, cancellationToken);
        }
        catch (CopyRefusedException refused)
        {
            console.MarkupLineInterpolated($"[red]Refused:[/] {refused.Message}");
            return CopyExit.Refused;
        }
        catch (Exception ex) when (ex is DbException or InvalidDataException or IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            console.MarkupLineInterpolated($"[red]Failed, nothing was committed:[/] {ex.Message}");
            return CopyExit.Failed;
        }
    }

    private async Task<int> CopyAsync(CopyRequest request, CancellationToken cancellationToken)
    {
        await using var source = await SourceDatabase.OpenAsync(request.SqlitePath, cancellationToken);
        await SchemaVersions.RefuseUnlessNewestAsync(source);
        await using var postgres = OpenTarget(request.PostgresConnectionString);
        await using (var connection = (NpgsqlConnection)await postgres.OpenAsync(cancellationToken))
        {
            await TargetGuard.RefuseIfShopAsync(connection);
        }
        var applied = await new MigrationRunner(postgres, NullLogger<MigrationRunner>.Instance).ApplyAsync(cancellationToken);
        await using var target = (NpgsqlConnection)await postgres.OpenAsync(cancellationToken);
        await SchemaVersions.RefuseUnlessNewestAsync(target);
        console.MarkupLineInterpolated($"PostgreSQL schema ready ({applied} migrations applied).");

        var schema = await TargetSchema.ReadAsync(target);
        var tables = TableOrder.ByForeignKeys(await source.TablesAsync()).Select(schema.Plan).ToList();
        await using var transaction = await target.BeginTransactionAsync(cancellationToken);
        await TargetGuard.RefuseIfAnyRowsAsync(target, transaction, tables);
        foreach (var table in tables)
        {
            var clock = Stopwatch.StartNew();
            var rows = await TableCopy.CopyAsync(source, target, table,
                soFar => console.MarkupLineInterpolated($"  {table.Target,-28} {soFar,10:N0} rows so far"), cancellationToken);
            console.MarkupLineInterpolated($"  {table.Target,-28} {rows,10:N0} rows  [grey]{clock.Elapsed.TotalSeconds:0.0} s[/]");
        }
        await IdentitySequences.ResetAsync(target, transaction, tables);
        var keyFiles = await KeyRingFiles.ImportAsync(KeyRingFiles.FolderBeside(request.SqlitePath), target, transaction);
        if (keyFiles > 0)
        {
            console.MarkupLineInterpolated($"  {KeyRingFiles.Table,-28} {keyFiles,10:N0} key files from keys/");
        }

        var report = await verifier.VerifyAsync(new CopySession(source, target, transaction, tables, keyFiles));
        console.Write(CopyReportView.Render(report));
        if (!report.Matches)
        {
            await transaction.RollbackAsync(cancellationToken);
            console.MarkupLine("[red]The checks differ: the copy was rolled back; the PostgreSQL database has the schema but none of the rows.[/]");
            return CopyExit.ChecksDiffer;
        }
        await transaction.CommitAsync(cancellationToken);
        console.MarkupLine("[green]Copied and committed.[/] Switch Storage:Provider to postgres and Storage:ConnectionString to this database, then start the service.");
        return CopyExit.Copied;
    }

    private static PostgresDatabase OpenTarget(string connectionString)
    {
        try
        {
            return new PostgresDatabase(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new CopyRefusedException($"--to-postgres: not an Npgsql connection string ({ex.Message}).");
        }
    }
}
