namespace WalletLoyalty.Server.Hosting;

/// <summary>The expected failures, each with a stable type so clients can tell them apart.</summary>
public static class Problems
{
    private const string TypeBase = "https://walletloyalty.dev/problems/";

    public static IResult NotFound(string what) => Problem(StatusCodes.Status404NotFound, "not-found", "Not found", what);

    public static IResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "unauthorized", "Not authorized", detail);

    public static IResult BadJson(string detail) =>
        Problem(StatusCodes.Status400BadRequest, "bad-json", "The body is not the JSON expected", detail);

    public static IResult TooLarge(int maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "The body is too large", $"At most {maxBytes} bytes are accepted here.");

    public static IResult Invalid(string parameter, string detail) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [detail] }, type: TypeBase + "invalid", title: "The request has invalid values");

    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, type: TypeBase + "invalid", title: "The request has invalid values");

    public static IResult Conflict(string type, string title, string detail) => Problem(StatusCodes.Status409Conflict, type, title, detail);

    public static IResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title, type: TypeBase + type);
}
