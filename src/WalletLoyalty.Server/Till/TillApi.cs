using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WalletLoyalty.Till;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.RateLimits;

namespace WalletLoyalty.Server.Till;

/// <summary>
/// The till: look up a scanned card, credit a purchase, redeem a reward or coupon, reverse a purchase.
/// Writes require an Idempotency-Key so a retried request counts once and gets the first answer.
/// </summary>
public static class TillApi
{
    public static void MapTillApi(this WebApplication app)
    {
        var till = app.MapGroup("/api/v1/till").RequireApiKey(AccessPolicies.Cashier).WithTags("Till");
        till.MapGet("/me", Me).WithSummary("The cashier key's store and program");
        till.MapGet("/cards/{code}", TillCardsEndpoint.LookUpAsync).RequireAbuseLimit(AbuseLimits.TillLookups)
            .WithSummary("What a scanned code is: a member with balance, rewards and coupons, or a coupon");
        till.MapGet("/members", TillPhoneEndpoint.FindAsync).RequireAbuseLimit(AbuseLimits.TillLookups)
            .WithSummary("Members of the program with this phone number, matched on digits, for a customer whose phone is flat");
        till.MapPost("/earn", EarnAsync).WithSummary("Credit a purchase (amount in minor units, currency, receipt id)")
            .Accepts<EarnRequest>("application/json");
        till.MapPost("/redeem", RedeemAsync).WithSummary("Redeem a reward (member code + rewardId) or a coupon (coupon code), exactly once")
            .Accepts<RedeemRequest>("application/json");
        till.MapPost("/reverse", ReverseAsync).WithSummary("Undo a credited purchase by receipt id (a refund); never below zero silently")
            .Accepts<ReverseRequest>("application/json");
    }

    private static Results<Ok<TillKeyResponse>, ForbiddenProblem> Me(ClaimsPrincipal user, ProgramCatalog programs)
    {
        var program = programs.Find(user.ProgramOf() ?? "");
        var store = program?.Store(user.StoreOf() ?? "");
        if (program is null || store is null)
        {
            return TillContexts.KeyNotBound();
        }
        return TypedResults.Ok(new TillKeyResponse("cashier", store.Id, store.Name, program.Id, program.Template.Name,
            program.Template.Currency, program.Template.Rewards.Select(RewardSummary.Of).ToList()));
    }

    private static Task<Results<TillAnswerResult<EarnResponse>, ForbiddenProblem, ValidationProblem, UnreadableBodyProblem>> EarnAsync(
        [AsParameters] TillWrite write, EarnOperation earn) => write.RunAsync<EarnRequest, EarnResponse>("earn", earn.RunAsync);

    private static Task<Results<TillAnswerResult<RedeemResponse>, ForbiddenProblem, ValidationProblem, UnreadableBodyProblem>> RedeemAsync(
        [AsParameters] TillWrite write, RedeemOperation redeem) => write.RunAsync<RedeemRequest, RedeemResponse>("redeem", redeem.RunAsync);

    private static Task<Results<TillAnswerResult<ReverseResponse>, ForbiddenProblem, ValidationProblem, UnreadableBodyProblem>> ReverseAsync(
        [AsParameters] TillWrite write, ReverseOperation reverse) => write.RunAsync<ReverseRequest, ReverseResponse>("reverse", reverse.RunAsync);
}
