using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Members;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Members;

/// <summary>The brand's app registers its FCM token for a member (<see cref="MemberAuthenticationHandler"/>).</summary>
public static partial class MemberDevicesApi
{
    public static void MapMemberDevicesApi(this WebApplication app)
    {
        app.MapPost("/api/v1/members/{memberId:long}/devices", RegisterAsync).RequirePassToken()
            .WithTags("App").WithSummary("Register the app's FCM registration token for a member (member-authenticated)")
            .Accepts<AppDeviceRequest>("application/json");
    }

    private static async Task<Results<Created, Ok, ValidationProblem, UnreadableBodyProblem>> RegisterAsync(
        long memberId, HttpRequest request, AppDevices devices, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<AppDeviceRequest>(request, 4096, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        if (body.Token is null || !FcmTokenPattern().IsMatch(body.Token))
        {
            return Problems.Invalid("token", "must be the FCM registration token (letters, digits, ':', '_', '-'; up to 4096 characters)");
        }
        var platform = body.Platform ?? "android";
        if (platform is not ("android" or "ios" or "web"))
        {
            return Problems.Invalid("platform", "must be android, ios or web");
        }
        var created = await devices.RegisterAsync(memberId, body.Token, platform, cancellationToken);
        return created ? TypedResults.Created() : TypedResults.Ok();
    }

    [GeneratedRegex("^[A-Za-z0-9:_-]{20,4096}\\z")]
    private static partial Regex FcmTokenPattern();
}

public sealed record AppDeviceRequest(string? Token, string? Platform);
