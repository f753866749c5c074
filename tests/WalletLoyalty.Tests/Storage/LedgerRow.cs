namespace WalletLoyalty.Tests.Storage;

/// <summary>A ledger entry as both engines return it; instants to the microsecond, PostgreSQL's resolution.</summary>
public sealed record LedgerRow
{
    public const string Select = "SELECT id, kind, points, balance_after, receipt_id, reverses_entry_id, occurred_at FROM ledger_entries WHERE member_id = @memberId ORDER BY id";

    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public long Points { get; init; }
    public long BalanceAfter { get; init; }
    public string? ReceiptId { get; init; }
    public long? ReversesEntryId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }

    public LedgerRow ToMicroseconds() => this with { OccurredAt = new DateTimeOffset(OccurredAt.UtcTicks - OccurredAt.UtcTicks % 10, TimeSpan.Zero) };
}
