namespace WalletLoyalty.Server.Hosting;

/// <summary>Reads a request body up to a limit and stops there, whether or not the client sent a Content-Length.</summary>
public static class BoundedBody
{
    public static async Task<(ReadOnlyMemory<byte> Bytes, UnreadableBodyProblem? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (default, Problems.TooLarge(maxBytes));
        }
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }
        return length > maxBytes ? (default, Problems.TooLarge(maxBytes)) : (buffer.AsMemory(0, length), null);
    }
}
