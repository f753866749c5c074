using WalletLoyalty.Tests.Fakes;

namespace WalletLoyalty.Tests.Support;

public static class ApnsDeliveries
{
    /// <summary>Asserts the fake APNs was asked exactly once for each token and accepted each, with nothing for any other token.</summary>
    public static void AssertExactlyOneEach(FakeApnsServer apns, IReadOnlyCollection<string> tokens)
    {
        var perToken = apns.Deliveries.GroupBy(d => d.Token, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var twice = perToken.Where(p => p.Value > 1).Select(p => $"{p.Key} ({p.Value})").ToList();
        Assert.True(twice.Count == 0, $"{twice.Count} devices got more than one push: {string.Join(", ", twice.Take(5))}");
        var missing = tokens.Where(t => !perToken.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} devices got no push: {string.Join(", ", missing.Take(5))}");
        Assert.Equal(tokens.Count, perToken.Count);
        Assert.Equal(tokens.Count, apns.RequestCount);
    }
}
