using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WalletLoyalty.Ledger;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

/// <summary>
/// The till: look up a scanned card, credit a purchase, redeem a reward or coupon, reverse a purchase.
/// Writes take an Idempotency-Key so a retried request counts once and gets the first answer.
/// </summary>
public static class TillApi
{
    private const int MaxBodyBytes = 4 * 1024;

    public static void MapTillApi(this WebApplication app)
    {
        var till = app.MapGroup("/api/v1/till").RequireAuthorization(AccessPolicies.Cashier).WithTags("Till");
        till.MapGet("/me", Me).WithSummary("The cashier key's store and program");
        till.MapGet("/cards/{code}", TillCardsEndpoint.LookUpAsync).WithSummary("What a scanned code is: a member with balance, rewards and coupons, or a coupon")
            .Produces<object>().ProducesProblem(StatusCodes.Status404NotFound);
        till.MapPost("/earn", (HttpContext c, EarnOperation op, CancellationToken ct) =>
                WriteAsync<EarnRequest>(c, "earn", (conn, tx, till, request, now) => op.RunAsync(conn, tx, till, request, now), ct))
            .WithSummary("Credit a purchase (amount in minor units, currency, receipt id)")
            .Accepts<EarnRequest>("application/json").Produces<EarnResponse>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        till.MapPost("/redeem", (HttpContext c, RedeemOperation op, CancellationToken ct) =>
                WriteAsync<RedeemRequest>(c, "redeem", (conn, tx, till, request, now) => op.RunAsync(conn, tx, till, request, now), ct))
            .WithSummary("Redeem a reward (member code + rewardId) or a coupon (coupon code), exactly once")
            .Accepts<RedeemRequest>("application/json").Produces<RedeemResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        till.MapPost("/reverse", (HttpContext c, ReverseOperation op, CancellationToken ct) =>
                WriteAsync<ReverseRequest>(c, "reverse", (conn, tx, till, request, now) => op.RunAsync(conn, tx, till, request, now), ct))
            .WithSummary("Undo a credited purchase by receipt id (a refund); never below zero silently")
            .Accepts<ReverseRequest>("application/json").Produces<ReverseResponse>().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult Me(ClaimsPrincipal user, ProgramCatalog programs)
    {
        var program = programs.Find(user.ProgramOf() ?? "");
        var store = program?.Store(user.StoreOf() ?? "");
        if (program is null || store is null)
        {
            return Problems.Problem(StatusCodes.Status403Forbidden, "forbidden", "Key not bound to a store", "This cashier key's store no longer exists in the templates.");
        }
        return TypedResults.Ok(new
        {
            role = "cashier", storeId = store.Id, storeName = store.Name, programId = program.Id, programName = program.Template.Name,
            currency = program.Template.Currency, rewards = program.Template.Rewards,
        });
    }

    private delegate Task<TillAnswer> TillWrite<in T>(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, TillContext till, T request, DateTimeOffset now);

    private static async Task<IResult> WriteAsync<T>(HttpContext context, string operation, TillWrite<T> write, CancellationToken cancellationToken)
        where T : class
    {
        var services = context.RequestServices;
        if (TillContexts.For(context.User, services.GetRequiredService<ProgramCatalog>()) is not { } till)
        {
            return Problems.Problem(StatusCodes.Status403Forbidden, "forbidden", "Key not bound to a store", "This cashier key's store no longer exists in the templates.");
        }
        var idempotencyKey = context.Request.Headers["Idempotency-Key"].ToString();
        if (idempotencyKey.Length > 100 || idempotencyKey.Any(char.IsControl))
        {
            return Problems.Invalid("Idempotency-Key", "must be at most 100 printable characters, e.g. a UUID");
        }
        var (request, problem) = await JsonBody.ReadAsync<T>(context.Request, MaxBodyBytes, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(operation + ":" + JsonSerializer.Serialize(request))));
        var answer = await services.GetRequiredService<IdempotentTransaction>().RunAsync(
            till.ApiKeyId, idempotencyKey.Length == 0 ? null : idempotencyKey, hash,
            (connection, transaction, now) => write(connection, transaction, till, request, now), cancellationToken);
        if (answer.StatusCode < 400 && !answer.Replayed)
        {
            services.GetRequiredService<PassUpdates>().Committed();
        }
        if (answer.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }
        return TypedResults.Content(answer.Json, answer.StatusCode >= 400 ? "application/problem+json" : "application/json", statusCode: answer.StatusCode);
    }
}
