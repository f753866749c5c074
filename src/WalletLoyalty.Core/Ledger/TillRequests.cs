namespace WalletLoyalty.Ledger;

public sealed record EarnRequest(string? Code, long? AmountMinor, string? Currency, string? ReceiptId, string? StoreId = null);

public sealed record RedeemRequest(string? Code, string? RewardId);

public sealed record ReverseRequest(string? ReceiptId, bool AllowPartial = false);

public sealed record EarnResponse(long EntryId, long PointsCredited, long Balance, string Tier);

public sealed record RedeemResponse(long EntryId, string Kind, long PointsDebited, long Balance, object? Reward, object? Coupon);

public sealed record ReverseResponse(long EntryId, long PointsReversed, long PointsNotReversed, long Balance, string Tier);
