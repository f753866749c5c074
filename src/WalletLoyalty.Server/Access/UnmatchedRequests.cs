using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace WalletLoyalty.Server.Access;

/// <summary>
/// The fallback policy guards the endpoints we map, all of them route endpoints. A request that matched none, or
/// only routing's own rejection of its method, reaches no code of ours, so it goes on to its 404 or 405 instead
/// of being asked for a key.
/// </summary>
public sealed class UnmatchedRequests : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        context.GetEndpoint() is RouteEndpoint
            ? _default.HandleAsync(next, context, policy, authorizeResult)
            : next(context);
}
