using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace WalletLoyalty.Server.Access;

/// <summary>
/// The fallback policy guards endpoints. A request that matched none reaches no code of ours, so it goes on to
/// its 404 instead of being asked for a key.
/// </summary>
public sealed class UnmatchedRequests : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        context.GetEndpoint() is null ? next(context) : _default.HandleAsync(next, context, policy, authorizeResult);
}
