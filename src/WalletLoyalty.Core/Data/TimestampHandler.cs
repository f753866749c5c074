using System.Data;
using System.Globalization;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace WalletLoyalty.Data;

/// <summary>
/// Instants for both engines in one process (Dapper's handlers are process-wide): SQLite stores them as
/// fixed-width UTC text, so text order is time order and comparisons need no functions; PostgreSQL as
/// timestamptz, which Npgsql accepts only in UTC.
/// </summary>
public sealed class TimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        if (parameter is NpgsqlParameter npgsql)
        {
            npgsql.NpgsqlDbType = NpgsqlDbType.TimestampTz;
            npgsql.Value = value.ToUniversalTime();
            return;
        }
        parameter.DbType = DbType.String;
        parameter.Value = Format(value);
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        DateTimeOffset instant => instant,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        _ => throw new DataException($"Cannot read a timestamp from {value.GetType().Name}"),
    };
}
