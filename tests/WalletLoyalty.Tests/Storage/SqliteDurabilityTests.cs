using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Tests.Storage;

public sealed class SqliteDurabilityTests
{
    [Fact]
    public async Task EveryConnectionSyncsEachCommitToDiskSoAnAcknowledgedWriteSurvivesAPowerCut()
    {
        var database = new SqliteDatabase(Path.Combine(Directory.CreateTempSubdirectory("durability-").FullName, "shop.db"));
        await using var connection = await database.OpenAsync();

        var synchronous = await connection.ExecuteScalarAsync<long>("PRAGMA synchronous;");

        Assert.Equal(2, synchronous); // 2 = FULL; NORMAL (1) may lose the last commits in WAL mode on power loss
    }
}
