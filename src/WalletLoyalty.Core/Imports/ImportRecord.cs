namespace WalletLoyalty.Imports;

/// <summary>A data row of a file: its line and its values in the order of the kind's columns (null where the header lacks one).</summary>
public sealed record ImportRecord(long Line, string?[] Values)
{
    public string? this[int column] => Values[column] is { Length: > 0 } value ? value : null;
}
