using System.Text.Json.Serialization;

namespace WalletLoyalty.Kpis;

/// <summary>
/// The loyalty KPIs of one period (docs/kpis.md gives every definition). Rates are fractions, unrounded; amounts are
/// whole minor units; a figure whose denominator is zero is null.
/// </summary>
public sealed record KpiFigures
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public string? Store { get; init; }
    public string? Source { get; init; }
    public string? Tier { get; init; }

    public required long Customers { get; init; }
    public required long Purchases { get; init; }
    public required long NetAmountMinor { get; init; }
    public required long RepeatCustomers { get; init; }
    public required long CustomersAtStart { get; init; }
    public required long CustomersAtEnd { get; init; }
    public required long NewCustomers { get; init; }

    public required double? RetentionRate { get; init; }
    public required double? ChurnRate { get; init; }
    public required double? RepeatPurchaseRate { get; init; }
    public required double? PurchaseFrequency { get; init; }
    public required long? AverageOrderValueMinor { get; init; }

    public required double? YearlyChurnRate { get; init; }
    public required double? ExpectedLifespanYears { get; init; }
    public required long? LifetimeValueMinor { get; init; }
    public required long? HistoricalValueMinor { get; init; }

    public required long CategorisedCustomers { get; init; }
    public required long UpsellCustomers { get; init; }
    public required double? UpsellRate { get; init; }

    public required long PointsEarned { get; init; }
    public required long PointsRedeemed { get; init; }
    public required double? RedemptionRate { get; init; }

    /// <summary>Points taken by <c>expire</c> entries in the period (mechanics.json pointsExpiry); 0 where points do not expire.</summary>
    public long PointsExpired { get; init; }

    public required long PointsLiability { get; init; }
    public required long? PointsLiabilityValueMinor { get; init; }

    public required IReadOnlyList<SourceFunnel> Funnel { get; init; }
    public required IReadOnlyList<TierMembers> TierDistribution { get; init; }

    /// <summary>The Net Promoter Score of the survey answers given in the period (<see cref="Surveys.NetPromoterScore"/>).</summary>
    public NpsFigures? Nps { get; init; }

    /// <summary>Members who joined in the period through a friend's referral link (<see cref="Referrals.ReferralKpis"/>); absent without referrals.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ReferredMembers { get; init; }

    /// <summary>Referred members (joined before the period's end) with a purchase in the period; absent without referrals.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ReferredCustomers { get; init; }

    /// <summary>The purchases of referred members in the period; absent without referrals.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ReferredPurchases { get; init; }

    /// <summary>The net amount of those purchases; absent without referrals.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ReferredNetAmountMinor { get; init; }

    /// <summary>Referrals paid (both members credited) in the period; absent without referrals.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ReferralsRewarded { get; init; }

    /// <summary>The same figures for the period of the same length just before; absent inside itself.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public KpiFigures? Previous { get; init; }
}

/// <summary>The members a flyer source brought in the period (null: without one), and how far they went.</summary>
public sealed record SourceFunnel(string? Source, long Joined, long Installed, long FirstPurchase, long Repeat, long RevenueMinor);

public sealed record TierMembers(string Tier, long Members);

/// <summary>The Net Promoter Score: promoters less detractors as a fraction of the answers (−1 to 1), with its margin of error at 95 %; null without answers.</summary>
public sealed record NpsFigures(double? Score, long Answers, double? MarginOfError);
