using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Join;

namespace WalletLoyalty.Server.RateLimits;

/// <summary>
/// The rate limit policies, one per kind of abuse, on ASP.NET Core's rate limiter: fixed windows from
/// <see cref="RateLimitOptions"/>, counted in this process (several nodes each count their own).
/// </summary>
public static class AbuseLimits
{
    // Each policy is named after its section under RateLimits.
    public const string Joins = nameof(RateLimitOptions.Joins);
    public const string AppleRegistrations = nameof(RateLimitOptions.AppleRegistrations);
    public const string AppleLog = nameof(RateLimitOptions.AppleLog);
    public const string TillLookups = nameof(RateLimitOptions.TillLookups);
    public const string GoogleCallbacks = nameof(RateLimitOptions.GoogleCallbacks);

    public static void AddAbuseLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, configured) =>
        {
            var limits = configured.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = LimitRejections.WriteAsync;
            // Requests that cannot enrol (no token: they are sent to the landing page; a join cookie: the same card again) are not counted.
            options.AddPolicy(Joins, context => WalletTap.MayEnrol(context)
                ? Window("address:" + ClientAddress.Of(context), limits.Joins)
                : RateLimitPartition.GetNoLimiter("not-enrolling"));
            options.AddPolicy(AppleRegistrations, context => Window("pass:" + context.GetRouteValue("serialNumber"), limits.AppleRegistrations));
            options.AddPolicy(AppleLog, context => Window("address:" + ClientAddress.Of(context), limits.AppleLog));
            options.AddPolicy(TillLookups, context => Window("key:" + context.User.KeyIdOf(), limits.TillLookups));
            options.AddPolicy(GoogleCallbacks, context => Window("address:" + ClientAddress.Of(context), limits.GoogleCallbacks));
        });
    }

    /// <summary>Applies the policy and declares its 429 (problem+json) in the OpenAPI document.</summary>
    public static TBuilder RequireAbuseLimit<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(policy).WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), [StatusProblem.ContentType]));

    private static RateLimitPartition<string> Window(string key, RateLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
