using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.MemberCare;
using WalletLoyalty.PointsExpiry;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.MemberCare;

/// <summary>
/// Staff (marketers of the program, admins) find a member and care for them: profile and consent, balance corrections,
/// a lost card voided or replaced, and the member's requests to see their data or be forgotten (docs/members.md).
/// </summary>
public static class MemberCareApi
{
    private const int MaxQueryLength = 100;

    public static void MapMemberCareApi(this WebApplication app)
    {
        var members = app.MapGroup("/api/v1/programs/{program}/members").RequireApiKey(AccessPolicies.Marketer).WithTags("Members");
        members.MapGet("", SearchAsync).WithSummary("Find members by name, e-mail, phone, member number, card code or external id; 50 a page");
        members.MapGet("/{memberId:long}", DetailsAsync).WithSummary("A member's profile, balance, tier, passes and devices, coupons, consents and a page of their ledger");
        members.MapPatch("/{memberId:long}", MemberEditEndpoint.UpdateAsync)
            .WithSummary("Correct a member's profile or marketing consent; a value left out stays, an empty string clears it")
            .Accepts<MemberProfileRequest>("application/json");
        members.MapPost("/{memberId:long}/adjustments", MemberAdjustmentEndpoint.AdjustAsync)
            .WithSummary("Add or take points with a reason; requires an Idempotency-Key, never below zero")
            .Accepts<AdjustmentRequest>("application/json");
        members.MapPost("/{memberId:long}/cards/void", VoidAsync).WithSummary("Void the member's card: voided on the phone, inactive in Google Wallet, refused at the till");
        members.MapPost("/{memberId:long}/cards/reissue", ReissueAsync).WithSummary("Give the member a new card (new serial, code and number); the old one is voided");
        members.MapGet("/{memberId:long}/export", ExportAsync).WithSummary("Everything held about the member, as JSON");
        members.MapDelete("/{memberId:long}", EraseAsync).WithSummary("Erase the member's personal data and void their cards; the anonymous ledger stays. Repeating it answers 204");
    }

    /// <summary>A key of another program, or a program gone from the templates, sees no program.</summary>
    internal static bool MayCare(ClaimsPrincipal user, ProgramCatalog programs, string program) => programs.Find(program) is not null && user.MaySee(program);

    internal static NotFoundProblem NoProgram(string program) => Problems.NotFound($"No program '{program}' for this key.");

    internal static NotFoundProblem NoMember(string program, long memberId) => Problems.NotFound($"No member {memberId} in program '{program}'.");

    internal static ConflictProblem Erased(long memberId) =>
        Problems.Conflict(MemberErasure.ErasedProblem, "Member erased", $"Member {memberId} was erased; nothing about them can change.");

    private static async Task<Results<Ok<MemberPage>, NotFoundProblem, ValidationProblem>> SearchAsync(
        string program, string? q, string? tier, int? page, ClaimsPrincipal user, ProgramCatalog programs, MemberSearch search, CancellationToken cancellationToken)
    {
        if (!MayCare(user, programs, program))
        {
            return NoProgram(program);
        }
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }
        if (q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"must be at most {MaxQueryLength} characters"];
        }
        var tiers = programs.Find(program)!.Template.Tiers;
        if (!string.IsNullOrEmpty(tier) && tiers.All(t => t.Name != tier))
        {
            errors["tier"] = [$"must be a tier of this program: {string.Join(", ", tiers.Select(t => t.Name))}"];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        return TypedResults.Ok(await search.SearchAsync(program, q, tier, page ?? 1, cancellationToken));
    }

    private static async Task<Results<Ok<MemberResponse>, NotFoundProblem, ValidationProblem>> DetailsAsync(
        string program, long memberId, int? ledgerPage, ClaimsPrincipal user, ProgramCatalog programs, MemberRecords records, MemberExpiry expiry,
        CancellationToken cancellationToken)
    {
        if (!MayCare(user, programs, program))
        {
            return NoProgram(program);
        }
        if (ledgerPage is < 1)
        {
            return Problems.Invalid("ledgerPage", "must be 1 or more");
        }
        return await records.DetailsAsync(program, memberId, ledgerPage ?? 1, cancellationToken) is { } details
            ? TypedResults.Ok(MemberResponse.Of(details, await expiry.NextAsync(programs.Find(program)!, memberId, cancellationToken)))
            : NoMember(program, memberId);
    }

    private static async Task<Results<Ok<VoidedCard>, NotFoundProblem, ConflictProblem>> VoidAsync(
        string program, long memberId, ClaimsPrincipal user, ProgramCatalog programs, MemberCards cards, CancellationToken cancellationToken)
    {
        if (!MayCare(user, programs, program))
        {
            return NoProgram(program);
        }
        var (outcome, card) = await cards.VoidAsync(program, memberId, user.ActorOf(), cancellationToken);
        return outcome switch
        {
            CardOutcome.NotFound => NoMember(program, memberId),
            CardOutcome.Erased => Erased(memberId),
            _ => TypedResults.Ok(card!),
        };
    }

    private static async Task<Results<Ok<ReissuedCardResponse>, NotFoundProblem, ConflictProblem>> ReissueAsync(
        string program, long memberId, HttpRequest request, ClaimsPrincipal user, ProgramCatalog programs, MemberCards cards, PublicUrls urls,
        CancellationToken cancellationToken)
    {
        if (!MayCare(user, programs, program))
        {
            return NoProgram(program);
        }
        var (outcome, card) = await cards.ReissueAsync(program, memberId, user.ActorOf(), cancellationToken);
        return outcome switch
        {
            CardOutcome.NotFound => NoMember(program, memberId),
            CardOutcome.Erased => Erased(memberId),
            _ => TypedResults.Ok(new ReissuedCardResponse(card!.MemberId, card.SerialNumber, card.MemberNumber,
                $"{urls.BaseUrl(request)}/join/{program}/card/{card.JoinLink}", card.VoidedSerials)),
        };
    }

    private static async Task<Results<Ok<MemberDataExport>, NotFoundProblem>> ExportAsync(
        string program, long memberId, HttpResponse response, ClaimsPrincipal user, ProgramCatalog programs, MemberExport export, CancellationToken cancellationToken)
    {
        if (!MayCare(user, programs, program))
        {
            return NoProgram(program);
        }
        if (await export.ExportAsync(program, memberId, user.ActorOf(), cancellationToken) is not { } data)
        {
            return NoMember(program, memberId);
        }
        response.Headers.ContentDisposition = $"attachment; filename=\"member-{memberId}.json\"";
        return TypedResults.Ok(data);
    }

    private static async Task<Results<NoContent, NotFoundProblem>> EraseAsync(
        string program, long memberId, ClaimsPrincipal user, ProgramCatalog programs, MemberErasure erasure, CancellationToken cancellationToken)
    {
        if (!MayCare(user, programs, program))
        {
            return NoProgram(program);
        }
        return await erasure.EraseAsync(program, memberId, user.ActorOf(), cancellationToken) == ErasureOutcome.NotFound
            ? NoMember(program, memberId)
            : TypedResults.NoContent();
    }
}
