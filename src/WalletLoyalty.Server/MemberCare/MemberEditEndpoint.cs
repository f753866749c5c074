using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.MemberCare;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.MemberCare;

/// <summary>PATCH of a member: checks every value, then writes them, and a consent change into the consent history.</summary>
public static class MemberEditEndpoint
{
    private const int MaxBodyBytes = 4096;

    public static async Task<Results<Ok<MemberProfileView>, NotFoundProblem, ConflictProblem, ValidationProblem, UnreadableBodyProblem>> UpdateAsync(
        string program, long memberId, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, MemberProfileEdit edit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!MemberCareApi.MayCare(user, programs, program))
        {
            return MemberCareApi.NoProgram(program);
        }
        var (body, problem) = await JsonBody.ReadAsync<MemberProfileRequest>(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        var (change, errors) = MemberProfileRules.Check(
            new MemberProfileChange(body.FirstName, body.LastName, body.Email, body.Phone, body.Birthday, body.ExternalId, body.MarketingConsent),
            time.GetUtcNow());
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var (outcome, profile) = await edit.UpdateAsync(program, memberId, change, user.ActorOf(), cancellationToken);
        return outcome switch
        {
            ProfileEditOutcome.NotFound => MemberCareApi.NoMember(program, memberId),
            ProfileEditOutcome.Erased => MemberCareApi.Erased(memberId),
            ProfileEditOutcome.ExternalIdTaken => Problems.Conflict("external-id-taken", "External id in use",
                $"Another member of program '{program}' has the external id '{change.ExternalId}'."),
            _ => TypedResults.Ok(profile!),
        };
    }
}
