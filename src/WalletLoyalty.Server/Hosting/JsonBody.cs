using System.Text.Json;

namespace WalletLoyalty.Server.Hosting;

/// <summary>Reads a small JSON body with a hard size limit, answering bad input with a ProblemDetails 4xx.</summary>
public static class JsonBody
{
    // A null where the contract has no "?" is refused, naming the field, instead of failing later.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true };

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
            var json = buffer.AsSpan(0, length);
            var value = JsonSerializer.Deserialize<T>(json, Options);
            if (value is null)
            {
                return (null, Problems.BadJson("the body is empty"));
            }
            return JsonNullsInLists.FirstPath(json) is { } path ? (null, Problems.BadJson($"{path}: a list may not hold null")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.BadJson(ex.Message));
        }
    }
}
