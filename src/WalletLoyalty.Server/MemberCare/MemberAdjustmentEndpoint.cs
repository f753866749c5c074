using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WalletLoyalty.MemberCare;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Access;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Server.Till;
using WalletLoyalty.Till;

namespace WalletLoyalty.Server.MemberCare;

/// <summary>
/// A balance correction, run exactly like a till write: the Idempotency-Key is required, the answer is stored with it
/// in the adjustment's transaction, and a retry gets that first answer (<see cref="IdempotentTransaction"/>).
/// </summary>
public static class MemberAdjustmentEndpoint
{
    private const int MaxBodyBytes = 4096;

    public static async Task<Results<TillAnswerResult<AdjustmentResponse>, NotFoundProblem, ValidationProblem, UnreadableBodyProblem>> AdjustAsync(
        string program, long memberId, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpRequest request, ClaimsPrincipal user,
        ProgramCatalog programs, IdempotentTransaction transactions, PointsAdjustment adjustment, PassUpdates updates, CancellationToken cancellationToken)
    {
        if (!MemberCareApi.MayCare(user, programs, program))
        {
            return MemberCareApi.NoProgram(program);
        }
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            return Problems.Invalid("Idempotency-Key",
                "is required on every adjustment: a new value (a UUID) for each one, the same one again when retrying it");
        }
        if (idempotencyKey.Length > 100 || idempotencyKey.Any(char.IsControl))
        {
            return Problems.Invalid("Idempotency-Key", "must be at most 100 printable characters, e.g. a UUID");
        }
        var (body, problem) = await JsonBody.ReadAsync<AdjustmentRequest>(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return problem!;
        }
        if (PointsAdjustment.Check(body) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        var actor = user.ActorOf();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"adjust:{program}:{memberId}:" + JsonSerializer.Serialize(body))));
        var answer = await transactions.RunAsync(actor.KeyId, idempotencyKey, hash,
            (connection, transaction, now) => adjustment.RunAsync(connection, transaction, program, memberId, body, actor, idempotencyKey, now), cancellationToken);
        if (answer.StatusCode < 400 && !answer.Replayed)
        {
            updates.Committed();
        }
        return new TillAnswerResult<AdjustmentResponse>(answer);
    }
}
