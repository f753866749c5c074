using System.Data.Common;
using System.Text.Json;
using Npgsql;

namespace WalletLoyalty.Imports;

/// <summary>
/// "Column is one of a batch's thousand values" with one bound parameter: SQLite finds each bound name by a linear
/// search, so the thousand parameters of an expanded list cost the square of their count; it gets them as one JSON
/// array instead. PostgreSQL gets one array, as <see cref="Data.SqlLists"/> binds it.
/// </summary>
public static class ImportLists
{
    public static string In(DbConnection connection, string column, string parameter) =>
        connection is NpgsqlConnection ? $"{column} = ANY({parameter})" : $"{column} IN (SELECT value FROM json_each({parameter}))";

    public static object Of<T>(DbConnection connection, IReadOnlyCollection<T> values) =>
        connection is NpgsqlConnection ? values.ToArray() : JsonSerializer.Serialize(values);
}
