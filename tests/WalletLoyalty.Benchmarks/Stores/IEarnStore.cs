namespace WalletLoyalty.Benchmarks.Stores;

/// <summary>A database holding the till's tables, doing an earn as one transaction.</summary>
public interface IEarnStore : IDisposable
{
    string Name { get; }

    /// <summary>What a commit waits for, in the store's own settings (e.g. <c>synchronous=NORMAL</c>).</summary>
    string Durability { get; }

    /// <summary>Idempotency row, ledger row, conditional balance update, outbox row, commit; throws if the balance did not move.</summary>
    void Earn(TillEarn earn);

    /// <summary>Ledger rows and the sum of all balances, to check every counted earn was written once.</summary>
    StoreTotals Totals();
}

public readonly record struct StoreTotals(long LedgerRows, long PointsBalance);
