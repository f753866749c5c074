namespace WalletLoyalty.Cli.Storage;

/// <summary>The copy's exit codes, as scripts see them.</summary>
public static class CopyExit
{
    public const int Copied = 0;

    /// <summary>Nothing could be copied: a connection, a statement or a value failed; nothing was committed.</summary>
    public const int Failed = 1;

    /// <summary>The source or target is not fit for a copy (older schema, a target holding data); nothing was written.</summary>
    public const int Refused = 2;

    /// <summary>The copy ran but the checks disagree; it was rolled back.</summary>
    public const int ChecksDiffer = 3;
}
