using System.Data.Common;
using WalletLoyalty.Data;

namespace WalletLoyalty.Imports;

/// <summary>
/// One statement prepared once and run per row, for SQLite: in process, a row costs microseconds, where a
/// VALUES table of many rows pays for looking up each of its bound names. PostgreSQL would pay a round trip
/// per row and gets <see cref="RowValues{T}"/> instead.
/// </summary>
public sealed class PreparedRows : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    private PreparedRows(DbCommand command, DbParameter[] parameters)
    {
        _command = command;
        _parameters = parameters;
    }

    /// <summary>The statement names its values $0, $1, … in the order <see cref="ExecuteAsync"/> is given them.</summary>
    public static PreparedRows Prepare(DbConnection connection, DbTransaction transaction, string sql, int values)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameters = new DbParameter[values];
        for (var i = 0; i < values; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "$" + i;
            command.Parameters.Add(parameters[i]);
        }
        command.Prepare();
        return new PreparedRows(command, parameters);
    }

    public Task<int> ExecuteAsync(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(params object?[] values)
    {
        Bind(values);
        return Convert.ToInt64(await _command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                DateTimeOffset instant => TimestampHandler.Format(instant),
                bool flag => flag ? 1L : 0L,
                var value => value,
            };
        }
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
