using System.Net;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Hosting;

[Trait("Category", "Database")]
public sealed class OpenApiTests
{
    /// <summary>The API operations that answer success without a body, with the success codes their handlers declare.</summary>
    private static readonly Dictionary<string, string[]> WithoutBody = new()
    {
        ["DELETE /api/v1/keys/{id}"] = ["204"],
        ["DELETE /api/v1/programs/{program}/webhooks/{id}"] = ["204"],
        ["POST /api/v1/members/{memberId}/devices"] = ["200", "201"],
        ["DELETE /api/v1/programs/{program}/members/{memberId}"] = ["204"],
    };

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheTillAndKeyApis()
    {
        await using var service = await ServiceHost.StartAsync();

        using var response = await service.Client.GetAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var path in new[] { "/api/v1/till/cards/{code}", "/api/v1/till/earn", "/api/v1/till/redeem", "/api/v1/till/reverse", "/api/v1/keys" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " is missing");
        }
        var earn = paths.GetProperty("/api/v1/till/earn").GetProperty("post");
        Assert.True(earn.GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(earn.TryGetProperty("requestBody", out _));
    }

    [Fact]
    public async Task TheRateLimitedOperationsDeclareTheir429()
    {
        await using var service = await ServiceHost.StartAsync();

        using var response = await service.Client.GetAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");

        foreach (var (path, method) in new[]
        {
            ("/api/v1/till/cards/{code}", "get"), ("/apple/v1/log", "post"),
            ("/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}", "post"),
            ("/apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}", "delete"),
        })
        {
            var refusal = paths.GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty("429");
            Assert.True(refusal.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path}");
        }
    }

    [Fact]
    public async Task TillWritesDeclareTheIdempotencyKeyRequired()
    {
        await using var service = await ServiceHost.StartAsync();

        using var response = await service.Client.GetAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/till/earn", "/api/v1/till/redeem", "/api/v1/till/reverse", "/api/v1/programs/{program}/members/{memberId}/adjustments" })
        {
            var header = paths.GetProperty(path).GetProperty("post").GetProperty("parameters").EnumerateArray()
                .Single(p => p.GetProperty("in").GetString() == "header" && p.GetProperty("name").GetString() == "Idempotency-Key");
            Assert.True(header.GetProperty("required").GetBoolean(), path);
        }
    }

    /// <summary>
    /// The outcomes come from the handlers' Results&lt;…&gt; types: a handler answering a plain IResult loses its
    /// success schema (or, without a body, its success codes) and its own problems here.
    /// </summary>
    [Fact]
    public async Task EveryApiOperationDeclaresItsSuccessBodyAndItsProblemsWithTypedSchemas()
    {
        await using var service = await ServiceHost.StartAsync();

        using var response = await service.Client.GetAsync("/openapi/v1.json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var schemas = new OpenApiSchemas(document);
        var operations = (
            from path in document.GetProperty("paths").EnumerateObject()
            from operation in path.Value.EnumerateObject()
            where operation.Value.TryGetProperty("responses", out _)
            select (Name: $"{operation.Name.ToUpperInvariant()} {path.Name}", Responses: operation.Value.GetProperty("responses").EnumerateObject().ToList()))
            .ToList();
        var api = operations.Where(o => o.Name.Contains(" /api/v1/", StringComparison.Ordinal)).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MappedApiOperations(service.Services).Order(StringComparer.Ordinal), api.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(schemas.ComponentNames, name => name.StartsWith("AnonymousType", StringComparison.Ordinal));
        foreach (var (name, responses) in api)
        {
            var successes = responses.Where(r => r.Name.StartsWith('2')).ToList();
            if (WithoutBody.TryGetValue(name, out var codes))
            {
                var declared = successes.Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
                Assert.True(codes.SequenceEqual(declared), $"{name}: 2xx responses {string.Join(", ", declared)}, not {string.Join(", ", codes)}");
            }
            else
            {
                Assert.True(successes.Any(s => Schemas(s.Value).Any()), $"{name}: no 2xx response with a schema");
            }
            var problems = responses.Where(r => r.Name.StartsWith('4')).ToList();
            Assert.True(problems.Count > 0, $"{name}: no 4xx response");
            Assert.All(problems, p => Assert.True(
                p.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _),
                $"{name}: {p.Name} is not described as application/problem+json"));
        }
        var untyped = operations
            .SelectMany(o => o.Responses.SelectMany(r => Schemas(r.Value).SelectMany(s => schemas.Untyped(s, $"{o.Name} {r.Name}"))))
            .Distinct()
            .ToList();
        Assert.Empty(untyped);
    }

    /// <summary>Every endpoint the service maps under /api/v1/, named as the OpenAPI document names operations.</summary>
    private static IEnumerable<string> MappedApiOperations(IServiceProvider services) =>
        MappedEndpoints.Of(services).Where(e => e.Path.StartsWith("/api/v1/", StringComparison.Ordinal)).Select(e => e.Name);

    private static IEnumerable<JsonElement> Schemas(JsonElement response) =>
        response.TryGetProperty("content", out var content)
            ? content.EnumerateObject().Where(c => c.Value.TryGetProperty("schema", out _)).Select(c => c.Value.GetProperty("schema"))
            : [];

    [Fact]
    public async Task InDevelopmentTheApiReferenceIsServedAndElsewhereItIsNot()
    {
        await using var development = await ServiceHost.StartAsync(environment: "Development");
        await using var production = await ServiceHost.StartAsync(ProductionSettings.Apply, environment: ProductionSettings.Environment);

        using var reference = await development.Client.GetAsync("/scalar/v1");
        using var hidden = await production.Client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"url\":\"openapi/v1.json\"", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await development.Client.GetAsync("/scalar/scalar.js")).StatusCode); // served here, not from a CDN
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }
}
