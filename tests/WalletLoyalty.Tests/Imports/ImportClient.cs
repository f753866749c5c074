using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Imports;

/// <summary>A marketer's tool uploading CSV files and following their imports.</summary>
public sealed class ImportClient(Uri baseAddress, string key) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    public static ImportClient Admin(Uri baseAddress) => new(baseAddress, SampleSettings.AdminKey);

    public async Task<HttpResponseMessage> UploadAsync(string kind, string csv, string program = "demo", string contentType = "text/csv")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/programs/{program}/imports?kind={kind}")
        {
            Content = new StringContent(csv, Encoding.UTF8, contentType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await _http.SendAsync(request);
    }

    /// <summary>Uploads and answers the new import's id.</summary>
    public async Task<long> StartAsync(string kind, string csv)
    {
        using var response = await UploadAsync(kind, csv);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public async Task<JsonElement> StatusAsync(long id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/imports/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Waits until the import is no longer running and answers its last status.</summary>
    public async Task<JsonElement> FinishedAsync(long id, TimeSpan? timeout = null)
    {
        JsonElement status = default;
        await Eventually.TrueAsync(async () => (status = await StatusAsync(id)).GetProperty("status").GetString() != "running",
            $"import {id} has finished", timeout ?? TimeSpan.FromSeconds(60));
        return status;
    }

    /// <summary>Uploads, waits, and answers the finished import's status.</summary>
    public async Task<JsonElement> ImportAsync(string kind, string csv) => await FinishedAsync(await StartAsync(kind, csv));

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await _http.SendAsync(request);
    }

    public static IReadOnlyList<(long Line, string Message)> Errors(JsonElement status) =>
        status.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt64(), e.GetProperty("message").GetString()!)).ToList();

    public void Dispose() => _http.Dispose();
}
