using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Passes;

public sealed class PassRepository(IDatabase database, Programs.ProgramCatalog programs)
{
    public async Task<PassView?> FindBySerialAsync(string serialNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var pass = await connection.QuerySingleOrDefaultAsync<PassView>(
            PassView.SelectSql + " WHERE p.serial_number = @serialNumber", new { serialNumber });
        await PointsExpiry.ExpiryField.LoadAsync(connection, pass, programs);
        return pass;
    }
}
