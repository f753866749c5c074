using System.Data;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace WalletLoyalty.Data;

/// <summary>
/// A JSON document bound to a column that holds JSON: jsonb on PostgreSQL, which needs the parameter's
/// type said (a cast written for both engines would give the text NUMERIC affinity in SQLite), text on SQLite.
/// </summary>
public sealed record JsonColumn(string? Json) : SqlMapper.ICustomQueryParameter
{
    public void AddParameter(IDbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = (object?)Json ?? DBNull.Value;
        if (parameter is NpgsqlParameter npgsql)
        {
            npgsql.NpgsqlDbType = NpgsqlDbType.Jsonb;
        }
        else
        {
            parameter.DbType = DbType.String;
        }
        command.Parameters.Add(parameter);
    }
}
