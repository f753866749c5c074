using System.Text.Json;

namespace WalletLoyalty.Server.Hosting;

/// <summary>Reads a small JSON body with a hard size limit, answering bad input with a ProblemDetails 4xx.</summary>
public static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Value, UnreadableBodyProblem? Problem)> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.TooLarge(maxBytes));
        }
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }
        if (length > maxBytes)
        {
            return (null, Problems.TooLarge(maxBytes));
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), Options);
            return value is null ? (null, Problems.BadJson("the body is empty")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.BadJson(ex.Message));
        }
    }
}
