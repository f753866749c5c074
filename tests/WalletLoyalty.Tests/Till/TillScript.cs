using FsCheck;
using FsCheck.Fluent;

namespace WalletLoyalty.Tests.Till;

/// <summary>One thing a till does to a member: credit a receipt, redeem a reward, reverse a receipt, or send its last request again.</summary>
public abstract record TillStep;

public sealed record Earn(long AmountMinor, int Receipt) : TillStep;

public sealed record Redeem(string RewardId) : TillStep;

public sealed record Reverse(int Receipt, bool AllowPartial) : TillStep;

/// <summary>The previous request once more with the same Idempotency-Key, as a till does when an answer is lost.</summary>
public sealed record Retry : TillStep;

/// <summary>A run of till steps on one fresh member.</summary>
public sealed record TillScript(IReadOnlyList<TillStep> Steps)
{
    public override string ToString() => string.Join(", ", Steps);
}

/// <summary>Scripts with amounts from zero to beyond the limit, few receipt numbers (so receipts repeat), and retries.</summary>
public static class TillScripts
{
    private static readonly long[] Amounts = [0, 1, 9, 10, 99, 100, 1_234, 25_000, 99_999_999, 100_000_000, 100_000_001, long.MaxValue, -1];

    public static Arbitrary<TillScript> Script()
    {
        var receipt = Gen.Choose(0, 4);
        var earn = Gen.Elements(Amounts).SelectMany(amount => receipt, (amount, r) => (TillStep)new Earn(amount, r));
        var redeem = Gen.Elements("coffee", "voucher-20", "no-such-reward").Select(id => (TillStep)new Redeem(id));
        var reverse = receipt.SelectMany(_ => ArbMap.Default.GeneratorFor<bool>(), (r, partial) => (TillStep)new Reverse(r, partial));
        var retry = Gen.Constant((TillStep)new Retry());
        var step = Gen.Frequency((5, earn), (2, redeem), (2, reverse), (2, retry));
        return Gen.Choose(1, 12).SelectMany(n => step.ListOf(n), (_, steps) => new TillScript(steps.ToList())).ToArbitrary();
    }
}
