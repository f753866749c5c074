namespace WalletLoyalty.Push;

/// <summary>
/// Outbox rows one sender claimed together, under a lease token of their own: only this claim records
/// their outcomes or extends their lease, so a row that another sender reclaimed is never recorded twice.
/// </summary>
public sealed record OutboxClaim(string Token, IReadOnlyList<OutboxMessage> Messages);
