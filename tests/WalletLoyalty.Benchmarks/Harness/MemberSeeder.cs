using Dapper;
using WalletLoyalty.Data;
using WalletLoyalty.Security;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// Members of the demo program with a store card each, inserted straight into the service's database with the
/// columns enrolment writes (<c>MemberEnrolment</c>), in one transaction: thousands a second, where joining
/// through HTTP signs a pass per member. The SQL is valid on SQLite and PostgreSQL.
/// </summary>
public static class MemberSeeder
{
    public sealed record SeededMember(long MemberId, long PassId, string MemberCode);

    public static async Task<IReadOnlyList<SeededMember>> InsertAsync(IDatabase database, int count, string programId = "demo", string tier = "Bronze")
    {
        var now = DateTimeOffset.UtcNow;
        using var turn = await database.EnterWriterQueueAsync(CancellationToken.None);
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var firstTag = await connection.ExecuteScalarAsync<long>(
            "UPDATE counters SET value = value + @count WHERE name = 'pass_update_tag' RETURNING value", new { count }, transaction) - count + 1;
        var seeded = new List<SeededMember>(count);
        for (var i = 0; i < count; i++)
        {
            var code = "M" + RandomCodes.Base32(25);
            var memberId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO members (program_id, member_code, member_number, display_name, source, points_balance, tier, joined_at)
                VALUES (@programId, @code, @number, @name, 'benchmark', 0, @tier, @now) RETURNING id
                """,
                new { programId, code, number = $"9{i:D9}", name = $"Member {i}", tier, now }, transaction);
            var passId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO passes (program_id, member_id, kind, serial_number, authentication_token, version, modified_at, update_tag, created_at)
                VALUES (@programId, @memberId, 'storeCard', @serial, @token, 1, @modified, @tag, @now) RETURNING id
                """,
                new { programId, memberId, serial = RandomCodes.Base32(20), token = RandomCodes.Base32(32), modified = now.ToUnixTimeSeconds(), tag = firstTag + i, now },
                transaction);
            seeded.Add(new SeededMember(memberId, passId, code));
        }
        await transaction.CommitAsync();
        return seeded;
    }
}
