using Microsoft.Data.Sqlite;
using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Data;

namespace WalletLoyalty.Benchmarks.Pushes;

/// <summary>
/// Apple devices registered for the seeded store cards (device i for pass i mod passes), and one due APNs outbox row
/// per device as <c>PushOutbox.EnqueueApplePushesAsync</c> writes them — all in one transaction, so the dispatcher
/// sees the whole backlog at once.
/// </summary>
public static class RegistrationSeeder
{
    public static void Insert(SqliteConnection connection, IReadOnlyList<MemberSeeder.SeededMember> passes, int devices, string topic)
    {
        var now = TimestampHandler.Format(DateTimeOffset.UtcNow);
        using var transaction = connection.BeginTransaction();
        using var device = MemberSeeder.Command(connection, transaction,
            "INSERT INTO apple_devices (device_library_identifier, push_token, updated_at) VALUES ($device, $token, $now)");
        using var registration = MemberSeeder.Command(connection, transaction,
            "INSERT INTO apple_registrations (device_library_identifier, pass_id, created_at) VALUES ($device, $pass, $now)");
        using var outbox = MemberSeeder.Command(connection, transaction, """
            INSERT INTO outbox (channel, target, topic, status, attempts, not_before, created_at)
            VALUES ('apns', $token, $topic, 'pending', 0, $now, $now)
            """);
        for (var i = 0; i < devices; i++)
        {
            var deviceId = $"benchdevice{i:D21}";
            var token = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)));
            MemberSeeder.Set(device, ("$device", deviceId), ("$token", token), ("$now", now));
            device.ExecuteNonQuery();
            MemberSeeder.Set(registration, ("$device", deviceId), ("$pass", passes[i % passes.Count].PassId), ("$now", now));
            registration.ExecuteNonQuery();
            MemberSeeder.Set(outbox, ("$token", token), ("$topic", topic), ("$now", now));
            outbox.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
