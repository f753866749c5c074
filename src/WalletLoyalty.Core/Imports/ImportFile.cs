using CsvHelper;

namespace WalletLoyalty.Imports;

/// <summary>
/// An uploaded CSV file, read as a stream record by record (never held in memory), each record with the
/// line it starts on. The header names the columns, in any order; only external_id is required.
/// </summary>
public sealed class ImportFile : IDisposable
{
    private const int MaxRecordBytes = 64 * 1024;

    private readonly CsvReader _reader;
    private readonly int[] _columnOf;
    private readonly int _columns;

    private ImportFile(CsvReader reader, int[] columnOf, int columns)
    {
        _reader = reader;
        _columnOf = columnOf;
        _columns = columns;
    }

    /// <summary>Opens the file and maps its header, or says what is wrong with the header.</summary>
    public static (ImportFile? File, string? Problem) Open(string path, string kind)
    {
        var columns = ImportKind.ColumnsOf(kind) ?? throw new ArgumentException($"No import kind '{kind}'", nameof(kind));
        var reader = CsvReader.FromFile(path, new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
        });
        try
        {
            var (columnOf, problem) = MapHeader(reader.Headers, columns);
            if (problem is not null)
            {
                reader.Dispose();
                return (null, problem);
            }
            return (new ImportFile(reader, columnOf!, columns.Count), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            reader.Dispose();
            return (null, "the header could not be read as CSV: " + ex.Message);
        }
    }

    /// <summary>The next data record, or null at the end of the file.</summary>
    public ImportRecord? Next()
    {
        if (!_reader.Read())
        {
            return null;
        }
        var values = new string?[_columns];
        for (var field = 0; field < _columnOf.Length; field++)
        {
            if (_columnOf[field] >= 0)
            {
                values[_columnOf[field]] = _reader.GetString(field);
            }
        }
        return new ImportRecord(_reader.LineNumber, values);
    }

    /// <summary>Passes over data records without reading their values (to continue after the committed ones).</summary>
    public long Skip(long records)
    {
        long skipped = 0;
        while (skipped < records && _reader.Read())
        {
            skipped++;
        }
        return skipped;
    }

    /// <summary>Counts the data records after the header.</summary>
    public long CountRemaining()
    {
        long count = 0;
        while (_reader.Read())
        {
            count++;
        }
        return count;
    }

    private static (int[]? ColumnOf, string? Problem) MapHeader(IReadOnlyList<string> header, IReadOnlyList<string> columns)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!names.Contains("external_id"))
        {
            return (null, $"the first line must be the header, naming the columns ({string.Join(",", columns)}); external_id is required");
        }
        var columnOf = new int[names.Count];
        for (var field = 0; field < names.Count; field++)
        {
            columnOf[field] = IndexOf(columns, names[field]);
            if (columnOf[field] < 0)
            {
                return (null, $"column '{Clip(header[field])}' is not one of {string.Join(",", columns)}");
            }
            if (names.IndexOf(names[field]) != field)
            {
                return (null, $"column '{names[field]}' is named twice");
            }
        }
        return (columnOf, null);
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }
        return -1;
    }

    private static string Clip(string value) => value.Length > 40 ? value[..40] + "…" : value;

    public void Dispose() => _reader.Dispose();
}
