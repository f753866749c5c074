using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Join;

namespace WalletLoyalty.Server.RateLimits;

/// <summary>
/// The answer to a request over its limit: 429 with Retry-After, as ProblemDetails for the APIs and as the
/// friendly shopper page, in the shopper's language, for the wallet links.
/// </summary>
public static partial class LimitRejections
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "";
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        // A fixed window's limiter says how long until enough permits return; the whole window is the safe answer otherwise.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? after
            : limits.Policies.FirstOrDefault(p => p.Name == policy).Limit?.Window ?? TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        LogRefused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LimitRejections)), policy, context.Request.Path.Value ?? "");
        IResult answer = policy == AbuseLimits.Joins
            ? ShopperErrorPage.Result(StatusCodes.Status429TooManyRequests, ShopperErrorPage.TooManyJoins)
            : Problems.TooManyRequests(seconds);
        await answer.ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request to {Path}: over the {Policy} rate limit")]
    private static partial void LogRefused(ILogger logger, string policy, string path);
}
