namespace WalletLoyalty.Server.Access;

/// <summary>The 401 or 403 an authentication handler answers, as ProblemDetails like every other refusal.</summary>
public static class ChallengeProblem
{
    public static async Task WriteAsync(HttpContext context, IProblemDetailsService problems, int status, string type, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Type = "https://walletloyalty.dev/problems/" + type, Title = title, Detail = detail },
        });
    }
}
