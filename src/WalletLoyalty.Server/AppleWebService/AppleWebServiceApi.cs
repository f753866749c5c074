using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WalletLoyalty.MemberCare;
using WalletLoyalty.Passes;
using WalletLoyalty.Security;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.RateLimits;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Server.AppleWebService;

/// <summary>The five endpoints Wallet calls on webServiceURL (protocols.md §2), with Apple's exact status codes.</summary>
public static class AppleWebServiceApi
{
    private const int MaxBodyBytes = 16 * 1024;

    public static void MapAppleWebService(this WebApplication app)
    {
        // Wallet has no API key. Each call about a pass checks that pass's "ApplePass" token itself (AuthorizeAsync), so
        // that an unknown pass answers 404 before a wrong token answers 401, as Apple specifies; the change list and
        // the log take no token in Apple's protocol.
        var v1 = app.MapGroup("/apple/v1").AllowAnonymous().WithTags("Apple Wallet web service");
        v1.MapPost("/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}", RegisterAsync)
            .RequireAbuseLimit(AbuseLimits.AppleRegistrations);
        v1.MapDelete("/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}", UnregisterAsync)
            .RequireAbuseLimit(AbuseLimits.AppleRegistrations);
        v1.MapGet("/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}", UpdatedSerialsAsync);
        // Neither the file nor the bare status code result declares itself.
        v1.MapMethods("/passes/{passTypeIdentifier}/{serialNumber}", ["GET", "HEAD"], LatestPassAsync)
            .Produces<Stream>(StatusCodes.Status200OK, PkPassPackager.ContentType).Produces(StatusCodes.Status304NotModified);
        v1.MapPost("/log", LogAsync).RequireAbuseLimit(AbuseLimits.AppleLog);
    }

    private static async Task<Results<Created, Ok, PassRefusedProblem, ValidationProblem, UnreadableBodyProblem>> RegisterAsync(
        string deviceLibraryIdentifier, string passTypeIdentifier, string serialNumber, HttpRequest request,
        AppleRegistrations registrations, PassRepository passes, IOptions<AppleOptions> apple, IOptions<RateLimitOptions> limits, CancellationToken cancellationToken)
    {
        var (pass, problem) = await AuthorizeAsync(request, passTypeIdentifier, serialNumber, passes, apple.Value, cancellationToken);
        if (pass is null)
        {
            return problem!;
        }
        if (!RouteValues.IsDeviceLibraryIdentifier(deviceLibraryIdentifier))
        {
            return Problems.Invalid("deviceLibraryIdentifier", "must be 1 to 128 letters, digits, '-' or '_'");
        }
        var (body, bodyProblem) = await JsonBody.ReadAsync<RegistrationBody>(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }
        if (body.PushToken is null || !RouteValues.IsPushToken(body.PushToken))
        {
            return Problems.Invalid("pushToken", "must be the hexadecimal APNs push token");
        }
        var created = await registrations.RegisterAsync(deviceLibraryIdentifier, body.PushToken, pass, limits.Value.DevicesPerPass, cancellationToken);
        return created ? TypedResults.Created() : TypedResults.Ok();
    }

    private static async Task<Results<Ok, PassRefusedProblem>> UnregisterAsync(
        string deviceLibraryIdentifier, string passTypeIdentifier, string serialNumber, HttpRequest request,
        AppleRegistrations registrations, PassRepository passes, IOptions<AppleOptions> apple, CancellationToken cancellationToken)
    {
        var (pass, problem) = await AuthorizeAsync(request, passTypeIdentifier, serialNumber, passes, apple.Value, cancellationToken);
        if (pass is null)
        {
            return problem!;
        }
        if (RouteValues.IsDeviceLibraryIdentifier(deviceLibraryIdentifier))
        {
            await registrations.UnregisterAsync(deviceLibraryIdentifier, pass, cancellationToken);
        }
        return TypedResults.Ok();
    }

    private static async Task<Results<Ok<SerialNumbersResponse>, NoContent, NotFoundProblem, ValidationProblem>> UpdatedSerialsAsync(
        string deviceLibraryIdentifier, string passTypeIdentifier, string? passesUpdatedSince,
        AppleRegistrations registrations, IOptions<AppleOptions> apple, CancellationToken cancellationToken)
    {
        if (passTypeIdentifier != apple.Value.PassTypeIdentifier || !RouteValues.IsDeviceLibraryIdentifier(deviceLibraryIdentifier))
        {
            return Problems.NotFound("No such device or pass type.");
        }
        long? since = null;
        if (!string.IsNullOrEmpty(passesUpdatedSince))
        {
            if (!long.TryParse(passesUpdatedSince, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var tag))
            {
                return Problems.Invalid("passesUpdatedSince", "must be a tag this service returned as lastUpdated");
            }
            since = tag;
        }
        var (serials, lastTag) = await registrations.UpdatedSinceAsync(deviceLibraryIdentifier, since, cancellationToken);
        if (serials.Count == 0)
        {
            return TypedResults.NoContent();
        }
        return TypedResults.Ok(new SerialNumbersResponse(serials, lastTag.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, PassRefusedProblem>> LatestPassAsync(
        string passTypeIdentifier, string serialNumber, HttpRequest request, HttpResponse response,
        PassRepository passes, ApplePassIssuer issuer, PublicUrls urls, IOptions<AppleOptions> apple, MemberErasure erasure, CancellationToken cancellationToken)
    {
        var (pass, problem) = await AuthorizeAsync(request, passTypeIdentifier, serialNumber, passes, apple.Value, cancellationToken);
        if (pass is null)
        {
            return problem!;
        }
        var lastModified = pass.LastModified;
        response.GetTypedHeaders().LastModified = lastModified;
        if (request.GetTypedHeaders().IfModifiedSince is { } since && lastModified <= since)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var bytes = issuer.Issue(pass, urls.AppleWebService(request), urls.BaseUrl(request));
        if (pass.Voided && HttpMethods.IsGet(request.Method))
        {
            // The phone now has the void; an erased member's registrations and push tokens need not wait any longer.
            await erasure.VoidedCardFetchedAsync(pass.Id, cancellationToken);
        }
        return TypedResults.File(bytes, PkPassPackager.ContentType);
    }

    private static async Task<Results<Ok, UnreadableBodyProblem>> LogAsync(HttpRequest request, AppleRegistrations registrations, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<LogBody>(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        await registrations.LogAsync((body.Logs ?? []).Take(50).Select(line => line.Length > 1000 ? line[..1000] : line), cancellationToken);
        return TypedResults.Ok();
    }

    /// <summary>Finds the pass and checks "Authorization: ApplePass &lt;token&gt;" in constant time.</summary>
    private static async Task<(PassView? Pass, PassRefusedProblem? Problem)> AuthorizeAsync(
        HttpRequest request, string passTypeIdentifier, string serialNumber, PassRepository passes, AppleOptions apple, CancellationToken cancellationToken)
    {
        if (passTypeIdentifier != apple.PassTypeIdentifier || !RouteValues.IsSerialNumber(serialNumber))
        {
            return (null, new PassRefusedProblem(Problems.NotFound("No such pass.")));
        }
        var pass = await passes.FindBySerialAsync(serialNumber, cancellationToken);
        if (pass is null)
        {
            return (null, new PassRefusedProblem(Problems.NotFound("No such pass.")));
        }
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "ApplePass ";
        var token = header.StartsWith(Scheme, StringComparison.Ordinal) ? header[Scheme.Length..] : null;
        return ConstantTime.Equals(token, pass.AuthenticationToken)
            ? (pass, null)
            : (null, new PassRefusedProblem(Problems.Unauthorized("The ApplePass authentication token is missing or wrong.")));
    }
}

public sealed record RegistrationBody(string? PushToken);

public sealed record LogBody(IReadOnlyList<string>? Logs);

public sealed record SerialNumbersResponse(IReadOnlyList<string> SerialNumbers, string LastUpdated);
