using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Passes;

public sealed class PassRepository(IDatabase database)
{
    public async Task<PassView?> FindBySerialAsync(string serialNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PassView>(
            PassView.SelectSql + " WHERE p.serial_number = @serialNumber", new { serialNumber });
    }
}
