using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using WalletLoyalty.Tests.Support;
using Xunit.Abstractions;

namespace WalletLoyalty.Tests.Hardening;

/// <summary>
/// Thousands of malformed requests at every operation of the OpenAPI document and every page: each is refused
/// with a 4xx (a ProblemDetails on the API), none is a 5xx, and the ledger is as it was.
/// </summary>
[Trait("Category", "Database")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Requests = 11_000;
    private const int AtLeastSent = 10_000;
    private const int DefaultSeed = 20_260_611;

    [Fact]
    public async Task MalformedRequestsToEveryEndpointAreRefusedWithoutA5xxAndLeaveTheLedgerAsItWas()
    {
        // The fuzz is not about rate limits: the sample settings raise them far above its request count, so handlers,
        // not the limiter, answer, and a 429 is a failure here.
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var targets = await SeedAsync(service);
        var operations = await OperationsAsync(service);
        var seed = Environment.GetEnvironmentVariable("WALLETLOYALTY_FUZZ_SEED") is { } text ? int.Parse(text) : DefaultSeed;
        output.WriteLine($"Fuzz seed {seed} (set WALLETLOYALTY_FUZZ_SEED to replay another), {operations.Count} operations");
        var random = new Random(seed);
        var generator = new MalformedRequests(targets, random);
        var requests = Enumerable.Range(0, Requests).Select(i => generator.For(operations[i % operations.Count])).ToList();
        var before = await LedgerSnapshot.TakeAsync(service.Database());

        var failures = new ConcurrentQueue<string>();
        var sent = 0;
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = service.BaseAddress };
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (request, cancellationToken) =>
        {
            if (await SendAsync(http, request, cancellationToken) is { } failure)
            {
                failures.Enqueue(failure);
            }
            else
            {
                Interlocked.Increment(ref sent);
            }
        });

        Assert.True(failures.IsEmpty, $"Seed {seed}: {failures.Count} of {requests.Count} requests failed, e.g.\n" + string.Join("\n", failures.Take(15)));
        Assert.True(sent >= AtLeastSent, $"only {sent} requests were answered");
        before.AssertUnchangedIn(await LedgerSnapshot.TakeAsync(service.Database()));
        output.WriteLine($"{sent} malformed requests answered");
    }

    private static async Task<string?> SendAsync(HttpClient http, FuzzRequest request, CancellationToken cancellationToken)
    {
        using var message = request.ToMessage();
        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (status >= 500 || status == 429)
            {
                return $"{status} for {request}";
            }
            if (status >= 400 && request.PathAndQuery.StartsWith("/api/", StringComparison.Ordinal) && response.Content.Headers.ContentType?.MediaType is { } media
                && media.Contains("json", StringComparison.Ordinal) && !IsProblem(body))
            {
                return $"{status} without a ProblemDetails for {request}";
            }
            return null;
        }
        catch (HttpRequestException ex)
        {
            return $"no answer ({ex.Message} {ex.InnerException?.Message}) for {request}";
        }
    }

    private static bool IsProblem(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("status", out _) && json.RootElement.TryGetProperty("title", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<List<ApiOperation>> OperationsAsync(ServiceHost service)
    {
        var document = await service.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = ApiOperation.AllIn(document).ToList();
        Assert.NotEmpty(operations);
        operations.AddRange(PageOperations.All.Where(page => !operations.Any(o => o.Method == page.Method && o.Path == page.Path)));
        return operations;
    }

    /// <summary>Keys of every role, a joined shopper with points from two purchases, one of which a reverse could undo.</summary>
    private static async Task<FuzzTargets> SeedAsync(ServiceHost service)
    {
        var cashierKey = await NewKeyAsync(service, new { role = "cashier", storeId = "maple-street", programId = "demo", name = "fuzz cashier" });
        var marketerKey = await NewKeyAsync(service, new { role = "marketer", programId = "demo", name = "fuzz marketer" });
        using var cashier = new TillClient(service.BaseAddress, cashierKey);
        var (pass, code) = await Shoppers.JoinAsync(service, "Fuzz");
        var (earned, _) = await cashier.EarnAsync(code, 12_345, "fuzz-seed-1", Guid.NewGuid().ToString());
        Assert.True(earned.IsSuccessStatusCode);
        var (again, _) = await cashier.EarnAsync(code, 678, "fuzz-seed-2", Guid.NewGuid().ToString());
        Assert.True(again.IsSuccessStatusCode);
        var member = (await service.QueryAsync<long>("SELECT member_id FROM ledger_entries WHERE receipt_id = 'fuzz-seed-1'")).Single();
        return new FuzzTargets(SampleSettings.AdminKey, cashierKey, marketerKey, member, code, pass.SerialNumber, pass.AuthenticationToken,
            SampleSettings.PassTypeIdentifier, "fuzz-seed-1");
    }

    private static async Task<string> NewKeyAsync(ServiceHost service, object request)
    {
        using var admin = TillClient.Admin(service);
        var (response, body) = await admin.PostJsonAsync("/api/v1/keys", request);
        Assert.True(response.IsSuccessStatusCode);
        return body.GetProperty("key").GetString()!;
    }
}
