namespace WalletLoyalty.Tests.Hardening;

/// <summary>The real things a malformed request is built around, so the handlers (not just routing and auth) see it.</summary>
public sealed record FuzzTargets(
    string AdminKey, string CashierKey, string MarketerKey,
    long MemberId, string MemberCode, string PassSerial, string PassToken, string PassTypeIdentifier, string CreditedReceipt)
{
    /// <summary>A plausible value for a parameter or body property of that name, which a mutation of one of its neighbours then spoils.</summary>
    public string Plausible(string name, string type) => name switch
    {
        "code" => MemberCode,
        "program" or "programId" => "demo",
        "memberId" => MemberId.ToString(),
        "passTypeIdentifier" => PassTypeIdentifier,
        "serialNumber" => PassSerial,
        "deviceLibraryIdentifier" => "fuzzdevice0001",
        "currency" => "EUR",
        "receiptId" => CreditedReceipt,
        "storeId" => "maple-street",
        // A real reward the member cannot afford: a redeem whose spoiled property was an optional one is then
        // still refused (409), deep in the handler, and never books anything.
        "rewardId" => "voucher-20",
        "folder" => "images",
        "file" => "logo.png",
        "id" => "987654",
        _ => type switch { "integer" or "number" => "1", "boolean" => "false", _ => "fuzz" },
    };

    /// <summary>The Authorization a caller allowed there would send: a cashier at the till, a member's pass for member and Apple routes.</summary>
    public string? AuthorizationFor(string path, Random random)
    {
        string?[] any = ["Bearer " + AdminKey, "Bearer " + CashierKey, "Bearer " + MarketerKey, "Pass " + PassToken, "ApplePass " + PassToken, null,
            "Bearer", "Bearer " + new string('k', 5_000), "Basic Zm9vOmJhcg==", "Bearer \u0001" + AdminKey, "ApplePass wrong-token", "Pass "];
        if (random.Next(4) == 0)
        {
            return any[random.Next(any.Length)];
        }
        return path switch
        {
            _ when path.StartsWith("/api/v1/till", StringComparison.Ordinal) => "Bearer " + CashierKey,
            _ when path.StartsWith("/api/v1/members/", StringComparison.Ordinal) => "Pass " + PassToken,
            _ when path.StartsWith("/apple/v1/", StringComparison.Ordinal) => "ApplePass " + PassToken,
            _ when path.StartsWith("/api/", StringComparison.Ordinal) => random.Next(2) == 0 ? "Bearer " + AdminKey : "Bearer " + MarketerKey,
            _ => null,
        };
    }
}
