namespace WalletLoyalty.Till;

/// <summary>
/// What a till operation answers: a value, or a refusal with a stable problem type. Either is final
/// for its Idempotency-Key and replayed to retries.
/// </summary>
public sealed record TillAnswer(int StatusCode, object? Value, string? ProblemType = null, string? Title = null, string? Detail = null)
{
    public bool Succeeded => StatusCode < 400;

    /// <summary>
    /// Runs once the answer is final: committed, or refused and rolled back. Not for a replayed answer, nor
    /// for an attempt that was retried, so what it records counts once.
    /// </summary>
    public Action? Settled { get; init; }

    public static TillAnswer Ok(object value) => new(200, value);

    public static TillAnswer NotFound(string detail) => new(404, null, "not-found", "Not found", detail);

    public static TillAnswer Conflict(string type, string title, string detail) => new(409, null, type, title, detail);

    public static TillAnswer Invalid(string type, string title, string detail) => new(400, null, type, title, detail);

    public static TillAnswer Forbidden(string detail) => new(403, null, "forbidden", "Not allowed", detail);
}
