using System.Data.Common;
using System.Reflection;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace WalletLoyalty.Data;

/// <summary>
/// Many rows written by one set-based statement instead of one statement each: the rows become a named
/// common table expression, <c>WITH name (columns) AS (VALUES …)</c>, in front of the caller's INSERT …
/// SELECT or UPDATE … FROM. On PostgreSQL a statement per row costs a round trip and a tenth of a
/// millisecond of the server's time, which a campaign to 100 000 members cannot afford. Every column is
/// typed, so a column of NULLs still has PostgreSQL's type; both engines name and read the columns alike.
/// </summary>
public sealed class RowValues<T>(string name, IReadOnlyList<T> rows)
{
    // PostgreSQL allows 65 535 parameters per statement; a thousand rows keep the SQL text small. SQLite finds
    // each bound name by a linear search of the statement's names, so a statement's binding costs the
    // square of its parameters there: a few hundred per statement.
    private const int MaxParametersPostgres = 30_000;
    private const int MaxParametersSqlite = 500;
    private const int MaxRowsPerStatement = 1_000;

    private readonly List<(string Name, SqlType Type, Func<T, object?> Value)> _columns = [];

    public RowValues<T> Long(string column, Func<T, long?> value) => Add(column, SqlType.Long, row => value(row));

    public RowValues<T> Text(string column, Func<T, string?> value) => Add(column, SqlType.Text, value);

    public RowValues<T> Boolean(string column, Func<T, bool> value) => Add(column, SqlType.Boolean, row => value(row));

    public RowValues<T> Instant(string column, Func<T, DateTimeOffset?> value) => Add(column, SqlType.Instant, row => value(row));

    /// <summary>
    /// Runs the statement (which reads the rows from the CTE) once per chunk of rows; <paramref name="shared"/>'s
    /// properties are bound as @Name for every chunk. Answers the rows changed.
    /// </summary>
    public async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string statement, object? shared = null)
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        var postgres = connection is NpgsqlConnection;
        var perStatement = Math.Max(1, Math.Min(MaxRowsPerStatement, (postgres ? MaxParametersPostgres : MaxParametersSqlite) / _columns.Count));
        var changed = 0;
        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Cte(chunk.Length) + "\n" + statement;
            for (var r = 0; r < chunk.Length; r++)
            {
                for (var c = 0; c < _columns.Count; c++)
                {
                    command.Parameters.Add(SqlParameters.Create(postgres, $"@r{r}c{c}", _columns[c].Type, _columns[c].Value(chunk[r])));
                }
            }
            SqlParameters.AddShared(command, postgres, shared);
            changed += await command.ExecuteNonQueryAsync();
        }
        return changed;
    }

    private RowValues<T> Add(string column, SqlType type, Func<T, object?> value)
    {
        _columns.Add((column, type, value));
        return this;
    }

    private string Cte(int count)
    {
        var sql = new StringBuilder($"WITH {name} ({string.Join(", ", _columns.Select(c => c.Name))}) AS (VALUES ");
        for (var r = 0; r < count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            sql.AppendJoin(", ", _columns.Select((_, c) => $"@r{r}c{c}"));
            sql.Append(')');
        }
        return sql.Append(')').ToString();
    }
}

/// <summary>The SQL types <see cref="RowValues{T}"/> binds, each as both engines store it.</summary>
public enum SqlType
{
    Long,
    Text,
    Boolean,
    Instant,
}

internal static class SqlParameters
{
    public static DbParameter Create(bool postgres, string name, SqlType type, object? value)
    {
        if (postgres)
        {
            return new NpgsqlParameter(name, type switch
            {
                SqlType.Long => NpgsqlDbType.Bigint,
                SqlType.Text => NpgsqlDbType.Text,
                SqlType.Boolean => NpgsqlDbType.Boolean,
                _ => NpgsqlDbType.TimestampTz,
            })
            {
                Value = value switch
                {
                    null => DBNull.Value,
                    DateTimeOffset instant => instant.ToUniversalTime(),
                    int number => (long)number,
                    _ => value,
                },
            };
        }
        return new SqliteParameter(name, value switch
        {
            null => DBNull.Value,
            DateTimeOffset instant => TimestampHandler.Format(instant),
            bool flag => flag ? 1 : 0,
            _ => value,
        });
    }

    /// <summary>The properties of an anonymous object, typed by their declared types.</summary>
    public static void AddShared(DbCommand command, bool postgres, object? shared)
    {
        if (shared is null)
        {
            return;
        }
        foreach (var property in shared.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            command.Parameters.Add(Create(postgres, "@" + property.Name, TypeOf(property), property.GetValue(shared)));
        }
    }

    private static SqlType TypeOf(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type == typeof(string) ? SqlType.Text
            : type == typeof(long) || type == typeof(int) ? SqlType.Long
            : type == typeof(bool) ? SqlType.Boolean
            : type == typeof(DateTimeOffset) ? SqlType.Instant
            : throw new NotSupportedException($"{property.Name}: {type.Name} is not a type row statements bind");
    }
}
