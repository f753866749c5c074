using Npgsql;

namespace WalletLoyalty.Cli.Storage;

/// <summary>Streams one table from SQLite into PostgreSQL with binary COPY, ids and all.</summary>
public static class TableCopy
{
    /// <summary>A large table reports its rows so far every this many rows.</summary>
    public const int ProgressEvery = 100_000;

    public static async Task<long> CopyAsync(SourceDatabase source, NpgsqlConnection target, TablePlan table, Action<long> progress, CancellationToken cancellationToken)
    {
        await using var select = source.Connection.CreateCommand();
        select.Transaction = source.Snapshot;
        select.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Identifiers.Quote(c.Source)))} FROM {Identifiers.Quote(table.Source)}";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var copy = $"COPY {Identifiers.Quote(table.Target)} ({string.Join(", ", table.Columns.Select(c => Identifiers.Quote(c.Target)))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await target.BeginBinaryImportAsync(copy, cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var value = reader.GetValue(i);
                if (value is DBNull)
                {
                    await writer.WriteNullAsync(cancellationToken);
                    continue;
                }
                var column = table.Columns[i];
                await writer.WriteAsync(Convert(table, column, value), column.Conversion.DbType, cancellationToken);
            }
            if (++rows % ProgressEvery == 0)
            {
                progress(rows);
            }
        }
        await writer.CompleteAsync(cancellationToken);
        return rows;
    }

    private static object Convert(TablePlan table, ColumnPlan column, object value)
    {
        try
        {
            return column.Conversion.Convert(value);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or System.Data.DataException)
        {
            throw new InvalidDataException($"{table.Source}.{column.Source}: the value '{value}' does not convert to {column.Conversion.DataType} ({ex.Message}).", ex);
        }
    }
}
