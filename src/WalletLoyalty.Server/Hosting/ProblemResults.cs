using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace WalletLoyalty.Server.Hosting;

/// <summary>
/// A problem answer whose status code is part of its type, so that a handler's <c>Results&lt;…&gt;</c> tells the
/// OpenAPI document each refusal it can give; a bare <see cref="ProblemHttpResult"/> does not say its status.
/// The wrapped ProblemHttpResult writes the body, so clients get the same problem+json as from any other refusal.
/// </summary>
public abstract class StatusProblem : IResult, IStatusCodeHttpResult, IValueHttpResult<ProblemDetails>, IValueHttpResult
{
    public const string ContentType = "application/problem+json";

    private readonly ProblemHttpResult _problem;

    protected StatusProblem(ProblemHttpResult problem) => _problem = problem;

    /// <summary>For a type that stands for several refusals: the one given.</summary>
    protected StatusProblem(StatusProblem refusal) => _problem = refusal._problem;

    public ProblemDetails Value => _problem.ProblemDetails;

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => _problem.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => _problem.ExecuteAsync(httpContext);

    /// <summary>
    /// Declares the status codes as problem+json. A status already declared keeps its schema: the OpenAPI document
    /// shows one per status, and a ValidationProblem's 400 (with its "errors") says more than a plain 400.
    /// </summary>
    protected static void Describe(EndpointBuilder builder, params int[] statusCodes)
    {
        foreach (var statusCode in statusCodes)
        {
            if (!builder.Metadata.OfType<IProducesResponseTypeMetadata>().Any(declared => declared.StatusCode == statusCode))
            {
                builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, typeof(ProblemDetails), [ContentType]));
            }
        }
    }
}

/// <summary>400: a request the handler refuses with its own problem type (not a field-by-field validation problem).</summary>
public sealed class BadRequestProblem(ProblemHttpResult problem) : StatusProblem(problem), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status400BadRequest);
}

/// <summary>400 when the body is not the JSON expected, 413 when it is too large.</summary>
public sealed class UnreadableBodyProblem(ProblemHttpResult problem) : StatusProblem(problem), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge);
}

/// <summary>401: the credentials the endpoint asks for are missing or wrong.</summary>
public sealed class UnauthorizedProblem(ProblemHttpResult problem) : StatusProblem(problem), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status401Unauthorized);
}

/// <summary>403: the key is valid but may not do this.</summary>
public sealed class ForbiddenProblem(ProblemHttpResult problem) : StatusProblem(problem), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status403Forbidden);
}

/// <summary>404: nothing by that id, or nothing this key may see.</summary>
public sealed class NotFoundProblem(ProblemHttpResult problem) : StatusProblem(problem), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status404NotFound);
}

/// <summary>409: the request clashes with the current state.</summary>
public sealed class ConflictProblem(ProblemHttpResult problem) : StatusProblem(problem), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status409Conflict);
}

/// <summary>429: over a rate limit; the answer carries Retry-After.</summary>
public sealed class TooManyRequestsProblem(ProblemHttpResult problem) : StatusProblem(problem), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status429TooManyRequests);
}
