using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Access;

/// <summary>Calls every route of the running service as every caller and compares the answers with <see cref="AccessMatrix"/>.</summary>
[Trait("Category", "Database")]
public sealed class AccessMatrixTests
{
    private static string RowOf(MappedEndpoint endpoint) => endpoint.IsStaticAsset ? AccessMatrix.StaticAssets : endpoint.Name;

    [Fact]
    public async Task EveryRouteTheServiceMapsHasAnAnswerForEveryCaller()
    {
        await using var service = await ServiceHost.StartAsync();

        var mapped = MappedEndpoints.Of(service.Services).Select(RowOf).ToHashSet();
        var others = service.Services.GetRequiredService<EndpointDataSource>().Endpoints.Where(e => e is not RouteEndpoint).ToList();

        // Only route endpoints are guarded (UnmatchedRequests lets anything else pass to its 404 or 405).
        Assert.True(others.Count == 0, "Endpoints that are not route endpoints: " + string.Join(", ", others.Select(e => e.DisplayName)));

        Assert.True(mapped.All(AccessMatrix.Expected.ContainsKey),
            "Declare who may call these routes in AccessMatrix.Expected: " + string.Join(", ", mapped.Where(r => !AccessMatrix.Expected.ContainsKey(r)).Order(StringComparer.Ordinal)));
        Assert.True(AccessMatrix.Expected.Keys.All(mapped.Contains),
            "AccessMatrix.Expected names routes the service does not map: " + string.Join(", ", AccessMatrix.Expected.Keys.Where(r => !mapped.Contains(r))));
        Assert.All(AccessMatrix.Expected.Keys, route => AccessMatrix.Row(route));
    }

    [Fact]
    public async Task EveryCallerGetsTheAnswerTheMatrixExpectsFromEveryRoute()
    {
        await using var scenario = await AccessScenario.StartAsync();
        var endpoints = MappedEndpoints.Of(scenario.Service.Services)
            .DistinctBy(e => (RowOf(e), e.IsStaticAsset ? e.Path : e.Method))
            .Where(e => !e.IsStaticAsset || e.Method == "GET")
            .ToLookup(RowOf);
        var wrong = new List<string>();

        foreach (var route in AccessMatrix.Expected.Keys)
        {
            foreach (var endpoint in endpoints[route])
            {
                foreach (var (caller, expected) in AccessMatrix.Row(route))
                {
                    using var request = AccessMatrixRequests.For(endpoint, caller, scenario);
                    using var response = await scenario.Service.Client.SendAsync(request);
                    if (!Matches(expected, response.StatusCode))
                    {
                        wrong.Add($"{request.Method} {request.RequestUri} as {caller}: {(int)response.StatusCode}, expected {expected}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static bool Matches(string expected, HttpStatusCode status) => expected switch
    {
        "ok" => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.InternalServerError),
        "open" => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError),
        _ => (int)status == int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
    };
}
