using System.Globalization;
using NpgsqlTypes;
using WalletLoyalty.Data;

namespace WalletLoyalty.Cli.Storage;

/// <summary>
/// How a SQLite value becomes a value of the PostgreSQL column's type: instants are fixed-width UTC text,
/// booleans 0/1, JSON text, blobs bytes; numbers and text are taken as they are.
/// </summary>
public sealed record ColumnConversion(string DataType, NpgsqlDbType DbType, Func<object, object> Convert)
{
    private static readonly TimestampHandler Timestamps = new();

    private static readonly Dictionary<string, ColumnConversion> ByDataType = new ColumnConversion[]
    {
        new("bigint", NpgsqlDbType.Bigint, v => System.Convert.ToInt64(v, CultureInfo.InvariantCulture)),
        new("integer", NpgsqlDbType.Integer, v => System.Convert.ToInt32(v, CultureInfo.InvariantCulture)),
        new("double precision", NpgsqlDbType.Double, v => System.Convert.ToDouble(v, CultureInfo.InvariantCulture)),
        new("numeric", NpgsqlDbType.Numeric, v => System.Convert.ToDecimal(v, CultureInfo.InvariantCulture)),
        new("text", NpgsqlDbType.Text, Text),
        new("character varying", NpgsqlDbType.Varchar, Text),
        new("jsonb", NpgsqlDbType.Jsonb, Text),
        new("boolean", NpgsqlDbType.Boolean, Boolean),
        new("timestamp with time zone", NpgsqlDbType.TimestampTz, v => Timestamps.Parse(v).UtcDateTime),
        new("bytea", NpgsqlDbType.Bytea, Bytes),
    }.ToDictionary(c => c.DataType);

    /// <summary>The conversion for a type as information_schema.columns names it, or null when the copy does not know it.</summary>
    public static ColumnConversion? For(string dataType) => ByDataType.GetValueOrDefault(dataType);

    private static object Text(object value) => value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private static object Boolean(object value) => value switch
    {
        long number => number != 0,
        string text => text is "1" || bool.Parse(text),
        _ => System.Convert.ToBoolean(value, CultureInfo.InvariantCulture),
    };

    private static object Bytes(object value) => value switch
    {
        byte[] bytes => bytes,
        string text => System.Text.Encoding.UTF8.GetBytes(text),
        _ => throw new FormatException($"a {value.GetType().Name} is not a blob"),
    };
}
