using System.Security.Cryptography;

namespace WalletLoyalty.Campaigns;

/// <summary>The random share of an audience that receives nothing, so the campaign's lift can be measured.</summary>
public static class HoldOut
{
    public static int CountFor(int audience, int percent) => (int)(((long)audience * percent + 50) / 100);

    /// <summary>Exactly <see cref="CountFor"/> members, drawn uniformly at random.</summary>
    public static HashSet<long> Pick(IReadOnlyList<long> memberIds, int percent)
    {
        var count = CountFor(memberIds.Count, percent);
        var shuffled = memberIds.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = RandomNumberGenerator.GetInt32(i, shuffled.Length);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }
        return shuffled.Take(count).ToHashSet();
    }
}
