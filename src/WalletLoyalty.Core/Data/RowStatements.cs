using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace WalletLoyalty.Data;

/// <summary>
/// One statement run once per row (a campaign batch's recipients, offers, outbox rows). Dapper runs it a
/// row at a time; that costs microseconds in SQLite's process but a network round trip per row on
/// PostgreSQL, so there the rows go as batches of statements, <see cref="RowsPerRoundTrip"/> at a time.
/// </summary>
public static partial class RowStatements
{
    public const int RowsPerRoundTrip = 500;

    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo[]> Bound = new();

    public static async Task<int> ExecuteEachAsync<T>(DbConnection connection, DbTransaction transaction, string sql, IEnumerable<T> rows)
        where T : notnull
    {
        if (connection is not NpgsqlConnection npgsql)
        {
            return await connection.ExecuteAsync(sql, rows, transaction);
        }
        var properties = Bound.GetOrAdd((typeof(T), sql), key => PropertiesNamedIn(key.Item1, key.Item2));
        var changed = 0;
        foreach (var chunk in rows.Chunk(RowsPerRoundTrip))
        {
            await using var batch = new NpgsqlBatch(npgsql, (NpgsqlTransaction)transaction);
            foreach (var row in chunk)
            {
                var command = new NpgsqlBatchCommand(sql);
                foreach (var property in properties)
                {
                    command.Parameters.Add(Parameter(property, property.GetValue(row)));
                }
                batch.BatchCommands.Add(command);
            }
            changed += await batch.ExecuteNonQueryAsync();
        }
        return changed;
    }

    /// <summary>The row's properties the statement names as @Name, as Dapper binds them (names match whatever their case).</summary>
    private static PropertyInfo[] PropertiesNamedIn(Type type, string sql)
    {
        var names = ParameterName().Matches(sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => names.Contains(p.Name)).ToArray();
    }

    private static NpgsqlParameter Parameter(PropertyInfo property, object? value)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var parameter = new NpgsqlParameter { ParameterName = property.Name, NpgsqlDbType = DbTypeOf(type, property) };
        parameter.Value = value switch
        {
            null => DBNull.Value,
            DateTimeOffset instant => instant.ToUniversalTime(),
            _ => value,
        };
        return parameter;
    }

    private static NpgsqlDbType DbTypeOf(Type type, PropertyInfo property) =>
        type == typeof(string) ? NpgsqlDbType.Text
        : type == typeof(long) ? NpgsqlDbType.Bigint
        : type == typeof(int) ? NpgsqlDbType.Integer
        : type == typeof(bool) ? NpgsqlDbType.Boolean
        : type == typeof(DateTimeOffset) ? NpgsqlDbType.TimestampTz
        : throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: {type.Name} is not bound in row statements");

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}
