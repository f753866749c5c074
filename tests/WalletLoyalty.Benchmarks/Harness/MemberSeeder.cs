using Microsoft.Data.Sqlite;
using WalletLoyalty.Data;
using WalletLoyalty.Security;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// Members of the demo program with a store card each, inserted straight into the service's database with the
/// columns enrolment writes (<c>MemberEnrolment</c>), in one transaction: thousands a second, where joining
/// through HTTP signs a pass per member.
/// </summary>
public static class MemberSeeder
{
    public sealed record SeededMember(long MemberId, long PassId, string MemberCode);

    public static IReadOnlyList<SeededMember> Insert(SqliteConnection connection, int count, string programId = "demo", string tier = "Bronze")
    {
        var now = DateTimeOffset.UtcNow;
        var stamp = TimestampHandler.Format(now);
        using var transaction = connection.BeginTransaction();
        var firstTag = Scalar(connection, transaction, "UPDATE counters SET value = value + $n WHERE name = 'pass_update_tag' RETURNING value", ("$n", count)) - count + 1;

        using var member = Command(connection, transaction, """
            INSERT INTO members (program_id, member_code, member_number, display_name, source, points_balance, tier, joined_at)
            VALUES ($program, $code, $number, $name, 'benchmark', 0, $tier, $now) RETURNING id
            """);
        using var pass = Command(connection, transaction, """
            INSERT INTO passes (program_id, member_id, kind, serial_number, authentication_token, version, modified_at, update_tag, created_at)
            VALUES ($program, $member, 'storeCard', $serial, $token, 1, $modified, $tag, $now) RETURNING id
            """);
        var seeded = new List<SeededMember>(count);
        for (var i = 0; i < count; i++)
        {
            var code = "M" + RandomCodes.Base32(25);
            Set(member, ("$program", programId), ("$code", code), ("$number", $"9{i:D9}"), ("$name", $"Member {i}"), ("$tier", tier), ("$now", stamp));
            var memberId = (long)member.ExecuteScalar()!;
            Set(pass, ("$program", programId), ("$member", memberId), ("$serial", RandomCodes.Base32(20)), ("$token", RandomCodes.Base32(32)),
                ("$modified", now.ToUnixTimeSeconds()), ("$tag", firstTag + i), ("$now", stamp));
            seeded.Add(new SeededMember(memberId, (long)pass.ExecuteScalar()!, code));
        }
        transaction.Commit();
        return seeded;
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    internal static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value);
            }
        }
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string, object)[] values)
    {
        using var command = Command(connection, transaction, sql);
        Set(command, values);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
