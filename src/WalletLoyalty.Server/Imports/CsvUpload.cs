using Microsoft.AspNetCore.Http.Features;
using WalletLoyalty.Imports;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Imports;

/// <summary>Streams an uploaded CSV file to the import folder (never into memory), stopping at the size limit.</summary>
public static class CsvUpload
{
    private const int BufferBytes = 64 * 1024;

    /// <summary>The saved file's name, or the problem (413 past the limit).</summary>
    public static async Task<(string? FileName, UnreadableBodyProblem? Problem)> SaveAsync(HttpRequest request, ImportFolder folder, string kind, long maxBytes,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1; // the server's own limit (30 MB) is below what imports allow
        }
        Directory.CreateDirectory(folder.Path);
        var fileName = ImportFolder.NewFileName(kind);
        var partial = folder.PathOf(fileName) + ".part";
        try
        {
            long length = 0;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, useAsync: true))
            {
                var buffer = new byte[BufferBytes];
                int read;
                while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        break;
                    }
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                await file.FlushAsync(cancellationToken);
            }
            if (length > maxBytes)
            {
                File.Delete(partial);
                return (null, TooLarge(maxBytes));
            }
            File.Move(partial, folder.PathOf(fileName));
            return (fileName, null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            File.Delete(partial);
            return (null, TooLarge(maxBytes));
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    private static UnreadableBodyProblem TooLarge(long maxBytes) => Problems.TooLarge(maxBytes);
}
