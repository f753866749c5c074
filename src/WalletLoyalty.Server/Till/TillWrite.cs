using System.Data.Common;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WalletLoyalty.Till;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

/// <summary>A till operation, run inside the transaction that also stores its answer.</summary>
public delegate Task<TillAnswer> TillOperation<in TRequest>(
    DbConnection connection, DbTransaction transaction, TillContext till, TRequest request, DateTimeOffset now);

/// <summary>
/// What every till write is given (bound with [AsParameters]): the key, the body, the Idempotency-Key (required:
/// a till that loses an answer must be able to retry without counting twice), and the services that run the
/// operation once per key and tell the pushes about what it changed.
/// </summary>
public sealed record TillWrite(
    ClaimsPrincipal User,
    HttpRequest Request,
    [FromHeader(Name = "Idempotency-Key")] string? IdempotencyKey,
    ProgramCatalog Programs,
    IdempotentTransaction Transactions,
    PassUpdates Updates,
    CancellationToken CancellationToken)
{
    private const int MaxBodyBytes = 4 * 1024;

    public async Task<Results<TillAnswerResult<TResponse>, ForbiddenProblem, ValidationProblem, UnreadableBodyProblem>> RunAsync<TRequest, TResponse>(
        string operation, TillOperation<TRequest> run)
        where TRequest : class
    {
        if (TillContexts.For(User, Programs) is not { } till)
        {
            return TillContexts.KeyNotBound();
        }
        if (string.IsNullOrWhiteSpace(IdempotencyKey))
        {
            return Problems.Invalid("Idempotency-Key",
                "is required on every till write: a new value (a UUID) for each operation, the same one again when retrying it");
        }
        var idempotencyKey = IdempotencyKey;
        if (idempotencyKey.Length > 100 || idempotencyKey.Any(char.IsControl))
        {
            return Problems.Invalid("Idempotency-Key", "must be at most 100 printable characters, e.g. a UUID");
        }
        var (request, problem) = await JsonBody.ReadAsync<TRequest>(Request, MaxBodyBytes, CancellationToken);
        if (request is null)
        {
            return problem!;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(operation + ":" + JsonSerializer.Serialize(request))));
        var answer = await Transactions.RunAsync(
            till.ApiKeyId, idempotencyKey, hash,
            (connection, transaction, now) => run(connection, transaction, till, request, now), CancellationToken);
        if (answer.StatusCode < 400 && !answer.Replayed)
        {
            Updates.Committed();
        }
        return new TillAnswerResult<TResponse>(answer);
    }
}
