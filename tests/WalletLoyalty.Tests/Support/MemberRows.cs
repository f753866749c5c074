using System.Data.Common;
using Dapper;
using WalletLoyalty.Data;

namespace WalletLoyalty.Tests.Support;

/// <summary>What a member written straight into the database has, for audiences larger than a test can join by hand.</summary>
public sealed record MemberRow
{
    public string Name { get; init; } = "Member";
    public string Tier { get; init; } = "Bronze";
    public long Points { get; init; }
    public string? Source { get; init; }
    public string? Birthday { get; init; }
    public string? Phone { get; init; }
    public DateTimeOffset? JoinedAt { get; init; }
    public bool Apple { get; init; }
    public bool Google { get; init; }
    public bool App { get; init; }

    /// <summary>Whether the member agreed to marketing; campaigns reach only those who did, so delivery tests keep the default.</summary>
    public bool MarketingConsent { get; init; } = true;
}

/// <summary>A member written by <see cref="MemberRows"/>; PassToken is their store card's authentication token.</summary>
public sealed record InsertedMember(long Id, string Serial, string PassToken, string? AppleDevice, string? GoogleObject, string? FcmToken);

public static class MemberRows
{
    private static long _next;

    /// <summary>Inserts members of the demo program with a store card each and, as asked, an Apple registration, a Google object, an app token.</summary>
    public static async Task<IReadOnlyList<InsertedMember>> InsertAsync(IDatabase database, IEnumerable<MemberRow> rows)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var inserted = new List<InsertedMember>();
        foreach (var row in rows)
        {
            inserted.Add(await InsertAsync(connection, transaction, row));
        }
        await transaction.CommitAsync();
        return inserted;
    }

    private static async Task<InsertedMember> InsertAsync(DbConnection connection, DbTransaction transaction, MemberRow row)
    {
        var n = Interlocked.Increment(ref _next) + Environment.ProcessId * 1_000_000L;
        var now = DateTimeOffset.UtcNow;
        var memberId = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO members (program_id, member_code, member_number, display_name, first_name, source, points_balance, tier, joined_at, birthday, marketing_consent, phone)
            VALUES ('demo', @code, @number, @Name, @first, @Source, @Points, @Tier, @joined, @Birthday, @MarketingConsent, @Phone) RETURNING id
            """,
            new
            {
                code = $"MTEST{n:D21}", number = $"9{n:D9}", row.Name, first = row.Name.Split(' ')[0], row.Source, row.Points, row.Tier,
                joined = row.JoinedAt ?? now.AddDays(-400), row.Birthday, row.MarketingConsent, row.Phone,
            },
            transaction);
        var serial = $"T{n:D19}";
        var passId = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO passes (program_id, member_id, kind, serial_number, authentication_token, version, modified_at, update_tag, created_at)
            VALUES ('demo', @memberId, 'storeCard', @serial, @token, 1, @modified, 0, @now) RETURNING id
            """,
            new { memberId, serial, token = PassToken(n), modified = now.ToUnixTimeSeconds(), now }, transaction);
        string? device = null, google = null, fcm = null;
        if (row.Apple)
        {
            device = $"device{n}";
            // A push token as APNs issues them (64 hex digits), so the fake APNs accepts pushes to it.
            await connection.ExecuteAsync("INSERT INTO apple_devices (device_library_identifier, push_token, updated_at) VALUES (@device, @token, @now)",
                new { device, token = $"{n:x64}", now }, transaction);
            await connection.ExecuteAsync("INSERT INTO apple_registrations (device_library_identifier, pass_id, created_at) VALUES (@device, @passId, @now)",
                new { device, passId, now }, transaction);
        }
        if (row.Google)
        {
            google = $"3388000000012345678.{serial}";
            await connection.ExecuteAsync(
                "INSERT INTO google_objects (pass_id, object_id, class_id, kind, inserted_at, saved_at) VALUES (@passId, @google, 'issuer.demo', 'loyalty', @now, @now)",
                new { passId, google, now }, transaction);
        }
        if (row.App)
        {
            fcm = $"fcm-token-{n:D20}";
            await connection.ExecuteAsync(
                "INSERT INTO app_devices (member_id, fcm_token, platform, created_at, updated_at) VALUES (@memberId, @fcm, 'android', @now, @now)",
                new { memberId, fcm, now }, transaction);
        }
        return new InsertedMember(memberId, serial, PassToken(n), device, google, fcm);
    }

    private static string PassToken(long n) => $"TOKEN{n:D27}";
}
