using Microsoft.AspNetCore.Http;

namespace WalletLoyalty.Tests.Fakes.Google;

internal static class BearerToken
{
    public static string? Read(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && header.Length > "Bearer ".Length
            ? header["Bearer ".Length..]
            : null;
    }
}
