using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Campaigns;

/// <summary>The live size of an audience before sending, and the hold-out it would draw.</summary>
public sealed class AudienceCounter(IDatabase database, TimeProvider time)
{
    public async Task<(long Count, long HoldOut)> CountAsync(LoyaltyProgram program, AudienceFilter audience, CancellationToken cancellationToken)
    {
        var query = AudienceQuery.Build(program, audience, time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        var count = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) " + query.From, query.Parameters);
        return (count, HoldOut.CountFor((int)Math.Min(count, int.MaxValue), audience.HoldOutPercent));
    }
}
