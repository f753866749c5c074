using WalletLoyalty.Data;
using WalletLoyalty.Programs;

namespace WalletLoyalty.PointsExpiry;

/// <summary>The member's next points to expire, for the staff's view of the member.</summary>
public sealed class MemberExpiry(IDatabase database)
{
    /// <summary>Null when the program's points do not expire or the member has none left.</summary>
    public async Task<ExpiringPoints?> NextAsync(LoyaltyProgram program, long memberId, CancellationToken cancellationToken)
    {
        if (program.Template.Mechanics.PointsExpiry is not { } rules)
        {
            return null;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ExpiringPoints.NextAsync(connection, null, memberId, rules, program.TimeZone);
    }
}
