using WalletLoyalty.Programs;

namespace WalletLoyalty.Till;

/// <summary>Who is at the till: the cashier's key, its store and the store's program.</summary>
public sealed record TillContext(long ApiKeyId, LoyaltyProgram Program, string StoreId);
