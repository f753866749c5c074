using Dapper;
using Npgsql;

namespace WalletLoyalty.Cli.Storage;

/// <summary>The migrated PostgreSQL database's tables and column types, as information_schema tells them.</summary>
public sealed class TargetSchema
{
    private readonly Dictionary<string, List<TargetColumn>> _tables;

    private TargetSchema(Dictionary<string, List<TargetColumn>> tables) => _tables = tables;

    public static async Task<TargetSchema> ReadAsync(NpgsqlConnection connection)
    {
        var columns = await connection.QueryAsync<TargetColumn>(
            """
            SELECT table_name AS "Table", column_name AS "Name", data_type AS "DataType", is_identity = 'YES' AS "IsIdentity"
            FROM information_schema.columns
            WHERE table_schema = current_schema()
            ORDER BY table_name, ordinal_position
            """);
        return new TargetSchema(columns.GroupBy(c => c.Table).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Pairs a SQLite table with its PostgreSQL table column by column; names match regardless of case.</summary>
    public TablePlan Plan(SourceTable source)
    {
        if (!_tables.TryGetValue(source.Name, out var target))
        {
            throw new CopyRefusedException($"SQLite table {source.Name} has no PostgreSQL table; the two migration sets disagree.");
        }
        var columns = source.Columns.Select(name =>
        {
            var column = target.Find(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new CopyRefusedException($"SQLite column {source.Name}.{name} has no PostgreSQL column; the two migration sets disagree.");
            var conversion = ColumnConversion.For(column.DataType)
                ?? throw new CopyRefusedException($"PostgreSQL column {column.Table}.{column.Name} is of type {column.DataType}, which the copy cannot convert to.");
            return new ColumnPlan(name, column.Name, conversion);
        }).ToList();
        return new TablePlan(source.Name, target[0].Table, columns, target.Where(c => c.IsIdentity).Select(c => c.Name).ToList());
    }

    private sealed record TargetColumn(string Table, string Name, string DataType, bool IsIdentity);
}
