using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Campaigns;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Members;

/// <summary>
/// The brand's app reports where the member is (member-authenticated like the devices API). Near a store
/// of an open location campaign that reached the member, their app gets its push. The position is not stored.
/// </summary>
public static class MemberLocationApi
{
    public static void MapMemberLocationApi(this WebApplication app)
    {
        app.MapPost("/api/v1/members/{memberId:long}/location", ReportAsync).RequirePassToken()
            .WithTags("App").WithSummary("Report the member's position; near a store of an open location campaign the app gets its push (member-authenticated)")
            .Accepts<MemberLocationRequest>("application/json");
    }

    private static async Task<Results<Ok<MemberLocationAnswer>, ValidationProblem, UnreadableBodyProblem>> ReportAsync(
        long memberId, HttpRequest request, NearbyPushes nearby, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<MemberLocationRequest>(request, 1024, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        var errors = new Dictionary<string, string[]>();
        if (body.Latitude is not (>= -90 and <= 90))
        {
            errors["latitude"] = ["is required: degrees from -90 to 90 (WGS 84)"];
        }
        if (body.Longitude is not (>= -180 and <= 180))
        {
            errors["longitude"] = ["is required: degrees from -180 to 180 (WGS 84)"];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var pushed = await nearby.ReportAsync(memberId, body.Latitude!.Value, body.Longitude!.Value, cancellationToken);
        return TypedResults.Ok(new MemberLocationAnswer(pushed));
    }
}

public sealed record MemberLocationRequest(double? Latitude, double? Longitude);

/// <summary>The pushes the report caused: empty unless the member is near a store of a campaign due to reach them.</summary>
public sealed record MemberLocationAnswer(IReadOnlyList<NearbyPush> Pushed);
