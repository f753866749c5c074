using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Programs;

/// <summary>Mirrors the template folders into the programs and stores tables so rows can refer to them.</summary>
public sealed class ProgramSync(IDatabase database, TimeProvider time)
{
    public async Task SyncAsync(ProgramCatalog catalog)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var now = time.GetUtcNow();
        foreach (var program in catalog.All)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO programs (id, name, template_hash, updated_at) VALUES (@Id, @Name, @Hash, @now)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, template_hash = excluded.template_hash, updated_at = excluded.updated_at
                """,
                new { program.Id, program.Template.Name, Hash = program.TemplateHash, now }, transaction);
            foreach (var store in program.Template.Stores)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO stores (program_id, id, name, latitude, longitude) VALUES (@programId, @Id, @Name, @Latitude, @Longitude)
                    ON CONFLICT (program_id, id) DO UPDATE SET name = excluded.name, latitude = excluded.latitude, longitude = excluded.longitude
                    """,
                    new { programId = program.Id, store.Id, store.Name, store.Latitude, store.Longitude }, transaction);
            }
        }
        await transaction.CommitAsync();
    }
}
