namespace WalletLoyalty.Kpis;

public sealed class KpiOptions
{
    public const string Section = "Kpis";

    /// <summary>A member is active at a date with a purchase within this many days before it.</summary>
    public int ActiveDays { get; set; } = 90;

    public IReadOnlyList<string> Problems() =>
        ActiveDays is < 1 or > 3660
            ? [$"Kpis:ActiveDays: {ActiveDays} is not between 1 and 3660; the default is 90."]
            : [];
}
