namespace WalletLoyalty.Kpis;

/// <summary>What a marketer asks for: local dates from (inclusive) to (exclusive), narrowed by store, flyer source and tier.</summary>
public sealed record KpiQuery(DateOnly From, DateOnly To, string? Store = null, string? Source = null, string? Tier = null)
{
    public int Days => To.DayNumber - From.DayNumber;

    /// <summary>The period of the same length just before.</summary>
    public KpiQuery Previous => this with { From = From.AddDays(-Days), To = From };
}
