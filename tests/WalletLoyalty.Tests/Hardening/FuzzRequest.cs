using System.Net.Http.Headers;
using System.Text;

namespace WalletLoyalty.Tests.Hardening;

/// <summary>One generated request, kept as data so a failure can print exactly what was sent.</summary>
public sealed record FuzzRequest(string Method, string PathAndQuery, string? Authorization, string? IdempotencyKey, string? ContentType, byte[]? Body)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), PathAndQuery);
        if (Authorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }
        if (IdempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", IdempotencyKey);
        }
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is { Length: > 0 })
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }
        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "(none)" : Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 300))) + (Body.Length > 300 ? $"… ({Body.Length} bytes)" : "");
        return $"{Method} {Shorten(PathAndQuery)} Authorization={Shorten(Authorization)} Idempotency-Key={Shorten(IdempotencyKey)} Content-Type={ContentType} Body={body}";
    }

    private static string? Shorten(string? text) => text is { Length: > 200 } ? text[..200] + $"… ({text.Length} chars)" : text;
}
