using System.Data;
using System.Globalization;
using Dapper;

namespace WalletLoyalty.Data;

/// <summary>
/// Stores instants in SQLite as fixed-width UTC text, so that text order is time order
/// and comparisons in SQL work without functions.
/// </summary>
public sealed class SqliteTimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
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
