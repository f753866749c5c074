namespace WalletLoyalty.Kpis;

/// <summary>One member as the KPIs see them: who they are, and their purchases counted into each window of each set of figures.</summary>
public sealed class MemberTally(long id, string? source, string tier, long joinedTicks, long balance, int sets)
{
    public long Id { get; } = id;
    public string? Source { get; } = source;
    public string Tier { get; } = tier;
    public long JoinedTicks { get; } = joinedTicks;
    public long Balance { get; } = balance;

    /// <summary>When the first purchase was, or long.MaxValue for a member who never bought.</summary>
    public long FirstPurchase { get; private set; } = long.MaxValue;

    /// <summary>When the card was first installed in a wallet, or long.MaxValue.</summary>
    public long FirstInstall { get; set; } = long.MaxValue;

    private readonly int[] _purchases = new int[sets * KpiWindows.Count];
    private readonly long[] _amounts = new long[sets * KpiWindows.Count];
    private readonly long[] _points = new long[sets];
    private readonly CategoryTally[] _categories = new CategoryTally[sets];

    public int Purchases(int set, int window) => _purchases[set * KpiWindows.Count + window];

    public long Amount(int set, int window) => _amounts[set * KpiWindows.Count + window];

    /// <summary>Points credited by purchases in the set's period.</summary>
    public long PointsEarned(int set) => _points[set];

    public CategoryTally Categories(int set) => _categories[set];

    /// <summary>The same member with nothing counted yet, for counting another part of the ledger.</summary>
    public MemberTally Blank() => new(Id, Source, Tier, JoinedTicks, Balance, _points.Length) { FirstInstall = FirstInstall };

    /// <summary>Adds what another part of the ledger counted for the same member.</summary>
    public void Merge(MemberTally other)
    {
        FirstPurchase = Math.Min(FirstPurchase, other.FirstPurchase);
        for (var i = 0; i < _purchases.Length; i++)
        {
            _purchases[i] += other._purchases[i];
            _amounts[i] = checked(_amounts[i] + other._amounts[i]);
        }
        for (var set = 0; set < _points.Length; set++)
        {
            _points[set] = checked(_points[set] + other._points[set]);
            _categories[set] = _categories[set].With(other._categories[set]);
        }
    }

    /// <summary>Counts a purchase; its categories are empty for none.</summary>
    public void Add(IReadOnlyList<KpiWindows> sets, long ticks, long amount, long points, ReadOnlySpan<char> categories)
    {
        FirstPurchase = Math.Min(FirstPurchase, ticks);
        for (var set = 0; set < sets.Count; set++)
        {
            var spans = sets[set].Spans;
            for (var window = 0; window < KpiWindows.Count; window++)
            {
                if (spans[window].Contains(ticks))
                {
                    _purchases[set * KpiWindows.Count + window]++;
                    _amounts[set * KpiWindows.Count + window] = checked(_amounts[set * KpiWindows.Count + window] + amount);
                }
            }
            if (spans[KpiWindows.Period].Contains(ticks))
            {
                _points[set] = checked(_points[set] + points);
                if (!categories.IsEmpty)
                {
                    _categories[set] = _categories[set].With(categories);
                }
            }
        }
    }
}

/// <summary>Whether a member bought anything categorised, and in two categories or more.</summary>
public readonly record struct CategoryTally(bool Any, bool Several, string? First)
{
    /// <summary>Adds a purchase's stored categories (distinct, separated by ';').</summary>
    public CategoryTally With(ReadOnlySpan<char> categories)
    {
        if (Several)
        {
            return this;
        }
        if (categories.Contains(';'))
        {
            return new(true, true, null);
        }
        return First is null ? new(true, false, categories.ToString()) : new(true, !categories.SequenceEqual(First), First);
    }

    /// <summary>Adds what another part of the ledger found.</summary>
    public CategoryTally With(CategoryTally other) =>
        !other.Any ? this : !Any ? other : other.Several ? other : With(other.First!);
}
