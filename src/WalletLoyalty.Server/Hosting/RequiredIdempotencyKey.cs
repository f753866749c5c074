using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WalletLoyalty.Server.Hosting;

/// <summary>
/// Marks the Idempotency-Key header required in the OpenAPI document wherever an operation takes it. The
/// handlers bind it as optional so that its absence gets their own ProblemDetails rather than a bare 400.
/// </summary>
public sealed class RequiredIdempotencyKey : IOpenApiOperationTransformer
{
    public const string Header = "Idempotency-Key";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, Header, StringComparison.OrdinalIgnoreCase))
            {
                parameter.Required = true;
                parameter.Description ??= "A new unique value per request (e.g. a UUID); a retry sends the same value and gets the first answer.";
            }
        }
        return Task.CompletedTask;
    }
}
