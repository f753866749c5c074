using System.Net;
using Google.Apis.Auth.OAuth2.Responses;

namespace WalletLoyalty.Wallets.Google;

/// <summary>What a failure to get an OAuth token means: a refusal needs a fix, an outage a retry.</summary>
internal static class AccessTokenFailure
{
    public static bool IsTransient(TokenResponseException exception) =>
        exception.StatusCode is null or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;

    public static string Describe(TokenResponseException exception) =>
        $"TokenRequestFailed: {exception.Error?.Error} {exception.Error?.ErrorDescription}".TrimEnd();
}
