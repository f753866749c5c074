using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Google.Apis.Auth.OAuth2.Responses;

namespace WalletLoyalty.Wallets.Google;

/// <summary>
/// One authorised call to a Google REST API, with the failures every such call shares turned into the
/// caller's result: a timeout or transport error is transient, a token failure transient or final.
/// </summary>
public static class GoogleApiCall
{
    public static async Task<TResult> SendAsync<TResult>(
        HttpClient http, IGoogleAccessTokenSource tokens, string scope, HttpMethod method, string path, JsonObject? body,
        Func<HttpResponseMessage, Task<TResult>> read, Func<string, TResult> transient, Func<TokenResponseException, TResult> tokenFailure,
        CancellationToken cancellationToken)
    {
        try
        {
            var token = await tokens.GetAccessTokenAsync(scope, cancellationToken);
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            return await read(response);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return transient("Timeout");
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return transient($"TransportError: {exception.Message}");
        }
        catch (TokenResponseException exception)
        {
            return tokenFailure(exception);
        }
    }
}
