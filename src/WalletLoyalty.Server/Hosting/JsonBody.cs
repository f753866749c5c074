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
        var (bytes, tooLarge) = await BoundedBody.ReadAsync(request, maxBytes, cancellationToken);
        if (tooLarge is not null)
        {
            return (null, tooLarge);
        }
        try
        {
            var json = bytes.Span;
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
