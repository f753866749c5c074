namespace WalletLoyalty.Cli.Storage;

/// <summary>A table's rows on both sides; <paramref name="Added"/> rows the copy added on purpose (key files).</summary>
public sealed record TableCount(string Table, long Source, long Target, long Added = 0)
{
    public bool Matches => Source + Added == Target;
}

/// <summary>What the checks found: row counts, the points in circulation, and members whose balance differs.</summary>
public sealed record CopyReport(IReadOnlyList<TableCount> Tables, long SourcePoints, long TargetPoints, int MembersCompared, IReadOnlyList<long> MembersDiffering)
{
    public bool Matches => Tables.All(t => t.Matches) && SourcePoints == TargetPoints && MembersDiffering.Count == 0;
}
