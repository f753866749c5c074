using System.Data.Common;
using Dapper;
using Npgsql;

namespace WalletLoyalty.Data;

/// <summary>
/// "Column is one of a list", written for the engine at hand. Dapper expands a list parameter into one
/// parameter per item on SQLite, but binds it as a single array on PostgreSQL, where IN needs ANY.
/// </summary>
public static class SqlLists
{
    public static string In(DbConnection connection, string column, string listParameter) =>
        connection is NpgsqlConnection ? $"{column} = ANY({listParameter})" : $"{column} IN {listParameter}";

    /// <summary>For SQL built before a connection is at hand: one named parameter per item, valid on both engines.</summary>
    public static string In<T>(DynamicParameters parameters, string column, string name, IReadOnlyCollection<T> values)
    {
        if (values.Count == 0)
        {
            return "1 = 0";
        }
        var names = values.Select((value, i) =>
        {
            parameters.Add(name + i, value);
            return "@" + name + i;
        });
        return $"{column} IN ({string.Join(", ", names)})";
    }
}
