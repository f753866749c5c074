using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using WalletLoyalty.Till;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

/// <summary>
/// A till write's answer: the JSON stored with its Idempotency-Key, sent as stored so that a retry gets the first
/// answer byte for byte, success or refusal. Declares the success body and the refusals till operations store.
/// </summary>
public sealed class TillAnswerResult<TResponse>(StoredAnswer answer) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private static readonly int[] RefusalStatusCodes =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
        StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity,
    ];

    public int? StatusCode => answer.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (answer.Replayed)
        {
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
        }
        var contentType = answer.StatusCode >= 400 ? StatusProblem.ContentType : "application/json";
        return TypedResults.Content(answer.Json, contentType, statusCode: answer.StatusCode).ExecuteAsync(httpContext);
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TResponse), ["application/json"]));
        foreach (var statusCode in RefusalStatusCodes)
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, typeof(ProblemDetails), [StatusProblem.ContentType]));
        }
    }
}
