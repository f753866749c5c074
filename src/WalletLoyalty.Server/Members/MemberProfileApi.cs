using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Members;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Members;

/// <summary>A marketer (or admin) records a member's first name and birthday, for {firstName} and birthday campaigns.</summary>
public static class MemberProfileApi
{
    public static void MapMemberProfileApi(this WebApplication app) =>
        app.MapPatch("/api/v1/programs/{program}/members/{memberId:long}", UpdateAsync)
            .RequireApiKey(AccessPolicies.Marketer).WithTags("Marketing")
            .WithSummary("Set a member's first name and birthday (yyyy-MM-dd); a value left out stays, an empty string clears it")
            .Accepts<MemberProfileRequest>("application/json");

    private static async Task<Results<Ok<MemberProfile>, NotFoundProblem, ValidationProblem, UnreadableBodyProblem>> UpdateAsync(
        string program, long memberId, HttpRequest request, ClaimsPrincipal user, MemberProfiles profiles, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (user.ProgramOf() is { } own && own != program)
        {
            return Problems.NotFound($"No program '{program}' for this key.");
        }
        var (body, problem) = await JsonBody.ReadAsync<MemberProfileRequest>(request, 4096, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        var errors = new Dictionary<string, string[]>();
        if (body.Birthday is { Length: > 0 } birthday
            && !(DateOnly.TryParseExact(birthday, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                 && date.Year >= 1900 && date <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)))
        {
            errors["birthday"] = ["must be a date such as 1990-05-17, not in the future; \"\" clears it"];
        }
        var firstName = body.FirstName is { Length: > 0 } typed ? MemberNames.Clean(typed, "") : body.FirstName;
        if (body.FirstName is { Length: > 0 } && firstName!.Length == 0)
        {
            errors["firstName"] = ["must contain letters; \"\" clears it"];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        return await profiles.UpdateAsync(program, memberId, firstName, body.Birthday, cancellationToken) is { } profile
            ? TypedResults.Ok(profile)
            : Problems.NotFound($"No member {memberId} in program '{program}'.");
    }
}

public sealed record MemberProfileRequest(string? FirstName, string? Birthday);
