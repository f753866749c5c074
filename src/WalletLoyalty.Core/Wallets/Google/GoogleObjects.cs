using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Wallets.Google;

/// <summary>
/// Keeps each pass's Google object in step with our data: inserts it (and its class) when missing,
/// otherwise patches it whole from the pass's current state, which is what makes a retry or a
/// coalesced burst safe.
/// </summary>
public sealed class GoogleObjects(GoogleWallet google, IDatabase database, ProgramCatalog programs, TimeProvider time)
{
    /// <summary>Creates the pass's object (first use: the class too) and remembers it.</summary>
    public async Task<GoogleWalletResult> EnsureAsync(PassView pass, CancellationToken cancellationToken)
    {
        var client = google.Client!;
        var (kind, json) = ObjectFor(pass);
        var result = await client.InsertAsync(kind, json, cancellationToken);
        if (result.Outcome == GoogleWalletOutcome.NotFound)
        {
            var classResult = await EnsureClassAsync(pass, cancellationToken);
            if (classResult.Outcome is not (GoogleWalletOutcome.Ok or GoogleWalletOutcome.AlreadyExists))
            {
                return classResult;
            }
            result = await client.InsertAsync(kind, json, cancellationToken);
        }
        if (result.Outcome == GoogleWalletOutcome.AlreadyExists)
        {
            result = await client.PatchAsync(kind, json["id"]!.GetValue<string>(), json, notifyOnUpdate: false, cancellationToken);
        }
        if (result.Outcome == GoogleWalletOutcome.Ok)
        {
            await RememberAsync(pass, json, kind, cancellationToken);
        }
        return result;
    }

    /// <summary>Patches the object from the pass's current state, notifying while the daily allowance for updates lasts.</summary>
    public async Task<GoogleWalletResult> SyncAsync(string objectId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var pass = await connection.QuerySingleOrDefaultAsync<PassView>(
            PassView.SelectSql + " JOIN google_objects g ON g.pass_id = p.id WHERE g.object_id = @objectId", new { objectId });
        if (pass is null)
        {
            return new GoogleWalletResult(GoogleWalletOutcome.Failed, null, null, "unknown-object", "No pass has this Google object", null);
        }
        await PointsExpiry.ExpiryField.LoadAsync(connection, pass, programs);
        var (kind, json) = ObjectFor(pass);
        var now = time.GetUtcNow();
        var notify = kind == WalletResourceKind.LoyaltyObject
            && await GoogleNotificationQuota.SentInLastDayAsync(connection, objectId, now) < GoogleNotificationQuota.ForUpdates;
        var result = await google.Client!.PatchAsync(kind, objectId, json, notify, cancellationToken);
        if (result.Outcome == GoogleWalletOutcome.QuotaExceeded && notify)
        {
            notify = false;
            result = await google.Client.PatchAsync(kind, objectId, json, notifyOnUpdate: false, cancellationToken);
        }
        if (result.Outcome == GoogleWalletOutcome.NotFound)
        {
            return await EnsureAsync(pass, cancellationToken);
        }
        if (result.Outcome == GoogleWalletOutcome.Ok && notify)
        {
            await GoogleNotificationQuota.RecordAsync(connection, objectId, now);
        }
        return result;
    }

    public Task<GoogleWalletResult> EnsureClassAsync(PassView pass, CancellationToken cancellationToken)
    {
        var program = Program(pass);
        return pass.PassKind == PassKind.Coupon
            ? UpsertClassAsync(WalletResourceKind.OfferClass, GooglePassContent.OfferClass(google.IssuerId, program, pass, google.PublicBaseUrl).ToJson(), cancellationToken)
            : UpsertClassAsync(WalletResourceKind.LoyaltyClass, GooglePassContent.LoyaltyClass(google.IssuerId, program, google.PublicBaseUrl).ToJson(), cancellationToken);
    }

    public async Task<GoogleWalletResult> UpsertClassAsync(WalletResourceKind kind, System.Text.Json.Nodes.JsonObject json, CancellationToken cancellationToken)
    {
        var result = await google.Client!.InsertAsync(kind, json, cancellationToken);
        return result.Outcome == GoogleWalletOutcome.AlreadyExists
            ? await google.Client.PatchAsync(kind, json["id"]!.GetValue<string>(), json, notifyOnUpdate: false, cancellationToken)
            : result;
    }

    public string SaveLink(PassView pass)
    {
        var (kind, json) = ObjectFor(pass);
        var id = json["id"]!.GetValue<string>();
        var classId = json["classId"]!.GetValue<string>();
        return kind == WalletResourceKind.OfferObject ? google.Links!.ForOfferObject(id, classId) : google.Links!.ForLoyaltyObject(id, classId);
    }

    private (WalletResourceKind Kind, System.Text.Json.Nodes.JsonObject Json) ObjectFor(PassView pass) =>
        pass.PassKind == PassKind.Coupon
            ? (WalletResourceKind.OfferObject, GooglePassContent.OfferObject(google.IssuerId, Program(pass), pass).ToJson())
            : (WalletResourceKind.LoyaltyObject, GooglePassContent.LoyaltyObject(google.IssuerId, Program(pass), pass, google.PublicBaseUrl).ToJson());

    private LoyaltyProgram Program(PassView pass) =>
        programs.Find(pass.ProgramId) ?? throw new InvalidOperationException($"Program '{pass.ProgramId}' has a pass but no template");

    private async Task RememberAsync(PassView pass, System.Text.Json.Nodes.JsonObject json, WalletResourceKind kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO google_objects (pass_id, object_id, class_id, kind, inserted_at) VALUES (@passId, @objectId, @classId, @kind, @now)
            ON CONFLICT (pass_id) DO NOTHING
            """,
            new
            {
                passId = pass.Id, objectId = json["id"]!.GetValue<string>(), classId = json["classId"]!.GetValue<string>(),
                kind = kind == WalletResourceKind.OfferObject ? "offer" : "loyalty", now = time.GetUtcNow(),
            });
    }
}
