namespace WalletLoyalty.Members;

public sealed record Member
{
    public long Id { get; init; }
    public string ProgramId { get; init; } = "";

    /// <summary>The unguessable code in the pass's barcode; what the till scans.</summary>
    public string MemberCode { get; init; } = "";

    /// <summary>The short, human-readable number printed on the card (Luhn-checked).</summary>
    public string MemberNumber { get; init; } = "";
    public string DisplayName { get; init; } = "";

    /// <summary>The flyer or link the member joined from.</summary>
    public string? Source { get; init; }

    /// <summary>The shopper language the member joined in; null for members from before it was kept.</summary>
    public string? Language { get; init; }
    public long PointsBalance { get; init; }
    public string Tier { get; init; } = "";
    public DateTimeOffset JoinedAt { get; init; }
    public DateTimeOffset? LastActivityAt { get; init; }

    /// <summary>Set when the member's personal data was erased; their ledger stays, anonymous.</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    /// <summary>Set while the member's card is voided: the till refuses its code until a new card is issued.</summary>
    public DateTimeOffset? CardVoidedAt { get; init; }

    public static string FormatNumber(string number) =>
        string.Join(' ', number.Chunk(4).Select(chunk => new string(chunk)));
}
