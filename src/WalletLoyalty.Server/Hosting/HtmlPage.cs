using System.Security.Cryptography;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace WalletLoyalty.Server.Hosting;

/// <summary>A page rendered from a Razor component on the server, sent with its <see cref="PagePolicy"/> and a fresh nonce.</summary>
public sealed class HtmlPage<TComponent>(IReadOnlyDictionary<string, object?> parameters, PagePolicy policy, int statusCode = StatusCodes.Status200OK)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
    where TComponent : IComponent
{
    public int? StatusCode => statusCode;
    public string ContentType => "text/html; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        // URL-safe base64: the nonce reads the same in the header and, unencoded, in the HTML attribute.
        var nonce = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        httpContext.Items[PageNonce.Key] = nonce;
        policy.Apply(httpContext.Response, nonce);
        return new RazorComponentResult<TComponent>(parameters) { StatusCode = statusCode, ContentType = ContentType }.ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/html"]));
}

public static class PageNonce
{
    public const string Key = "walletloyalty.page-nonce";

    public static string Of(HttpContext context) =>
        context.Items[Key] as string ?? throw new InvalidOperationException("A page's scripts were rendered outside HtmlPage.");
}
