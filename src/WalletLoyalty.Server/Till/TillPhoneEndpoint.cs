using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Members;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Till;

namespace WalletLoyalty.Server.Till;

/// <summary>GET /api/v1/till/members?phone=: the members of the cashier's program with that phone number.</summary>
public sealed record PhoneMatchesResponse(IReadOnlyList<PhoneMatchItem> Items, bool TooMany);

/// <summary>A match: the member number (what the till then looks up), name, balance, tier and the last digits of the phone.</summary>
public sealed record PhoneMatchItem(string Number, string Name, long Points, string Tier, string PhoneEnding);

public static class TillPhoneEndpoint
{
    public static async Task<Results<Ok<PhoneMatchesResponse>, ValidationProblem, ForbiddenProblem>> FindAsync(
        string? phone, ClaimsPrincipal user, ProgramCatalog programs, PhoneLookup lookup, CancellationToken cancellationToken)
    {
        if (TillContexts.For(user, programs) is not { } till)
        {
            return TillContexts.KeyNotBound();
        }
        if (phone is null || phone.Length > 40 || PhoneDigits.Significant(phone).Length < ContactRules.MinPhoneDigits)
        {
            return Problems.Invalid("phone", $"Give the phone number with at least {ContactRules.MinPhoneDigits} digits (spaces, dashes and the country code do not matter).");
        }
        var matches = await lookup.FindAsync(till.Program.Id, phone, cancellationToken);
        return TypedResults.Ok(new PhoneMatchesResponse(
            matches.Take(PhoneLookup.MaxMatches).Select(m => new PhoneMatchItem(Member.FormatNumber(m.MemberNumber), m.Name, m.Points, m.Tier, m.PhoneEnding)).ToList(),
            matches.Count > PhoneLookup.MaxMatches));
    }
}
