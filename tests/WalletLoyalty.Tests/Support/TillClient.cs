using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace WalletLoyalty.Tests.Support;

/// <summary>A till (or admin/marketer tool) talking to the API with its key.</summary>
public sealed class TillClient(Uri baseAddress, string key) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    public static TillClient Admin(ServiceHost service) => new(service.BaseAddress, SampleSettings.AdminKey);

    /// <summary>Creates a key through the admin API and returns a client using it.</summary>
    public static Task<TillClient> WithNewKeyAsync(ServiceHost service, string role, string? storeId = null, string? programId = null) =>
        WithNewKeyAsync(service.BaseAddress, role, storeId, programId);

    /// <summary>The same for a service at that address (a service process, a node of a cluster).</summary>
    public static async Task<TillClient> WithNewKeyAsync(Uri baseAddress, string role, string? storeId = null, string? programId = null)
    {
        using var admin = new TillClient(baseAddress, SampleSettings.AdminKey);
        using var response = await admin.PostAsync("/api/v1/keys", new { role, storeId, programId, name = role + " test" });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new TillClient(baseAddress, body.GetProperty("key").GetString()!);
    }

    /// <summary>The same key at another node of the cluster.</summary>
    public TillClient At(Uri otherBaseAddress) => new(otherBaseAddress, key);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null, null);

    public Task<HttpResponseMessage> SendDeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null, null);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, JsonContent.Create(body), null);

    public Task<HttpResponseMessage> PatchAsync(string path, object body) => SendAsync(HttpMethod.Patch, path, JsonContent.Create(body), null);

    public Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        SendAsync(HttpMethod.Post, path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), null);

    /// <summary>Posts the body; a till write without a key of the caller's gets a new Idempotency-Key, as a till sends one with every write.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, object body, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, path, JsonContent.Create(body),
            idempotencyKey ?? (path.StartsWith("/api/v1/till/", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : null));

    /// <summary>Posts the body with no Idempotency-Key at all.</summary>
    public Task<HttpResponseMessage> PostWithoutIdempotencyKeyAsync(string path, object body) =>
        SendAsync(HttpMethod.Post, path, JsonContent.Create(body), null);

    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostJsonAsync(string path, object body, string? idempotencyKey = null)
    {
        var response = await PostAsync(path, body, idempotencyKey);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response, json);
    }

    public Task<(HttpResponseMessage Response, JsonElement Body)> EarnAsync(string code, long amountMinor, string receiptId, string? idempotencyKey = null) =>
        PostJsonAsync("/api/v1/till/earn", new { code, amountMinor, currency = "EUR", receiptId }, idempotencyKey);

    public async Task<JsonElement> CardAsync(string code)
    {
        using var response = await GetAsync("/api/v1/till/cards/" + Uri.EscapeDataString(code));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
