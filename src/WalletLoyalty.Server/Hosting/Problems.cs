using Microsoft.AspNetCore.Http.HttpResults;

namespace WalletLoyalty.Server.Hosting;

/// <summary>The expected failures, each with a stable type so clients can tell them apart.</summary>
public static class Problems
{
    private const string TypeBase = "https://walletloyalty.dev/problems/";

    public static NotFoundProblem NotFound(string what) => new(Problem(StatusCodes.Status404NotFound, "not-found", "Not found", what));

    public static UnauthorizedProblem Unauthorized(string detail) => new(Problem(StatusCodes.Status401Unauthorized, "unauthorized", "Not authorized", detail));

    public static ForbiddenProblem Forbidden(string title, string detail) => new(Problem(StatusCodes.Status403Forbidden, "forbidden", title, detail));

    public static BadRequestProblem BadRequest(string type, string title, string detail) => new(Problem(StatusCodes.Status400BadRequest, type, title, detail));

    public static UnreadableBodyProblem BadJson(string detail) =>
        new(Problem(StatusCodes.Status400BadRequest, "bad-json", "The body is not the JSON expected", detail));

    public static UnreadableBodyProblem TooLarge(long maxBytes) =>
        new(Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "The body is too large", $"At most {maxBytes} bytes are accepted here."));

    public static ValidationProblem Invalid(string parameter, string detail) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [detail] }, type: TypeBase + "invalid", title: "The request has invalid values");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, type: TypeBase + "invalid", title: "The request has invalid values");

    public static ConflictProblem Conflict(string type, string title, string detail) => new(Problem(StatusCodes.Status409Conflict, type, title, detail));

    public static TooManyRequestsProblem TooManyRequests(long retryAfterSeconds) =>
        new(Problem(StatusCodes.Status429TooManyRequests, "too-many-requests", "Too many requests",
            $"This limit allows no more requests for now. Try again in {retryAfterSeconds} seconds (Retry-After)."));

    private static ProblemHttpResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title, type: TypeBase + type);
}
