using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using WalletLoyalty.Data;
using WalletLoyalty.Passes;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Tests.AppleWebService;

/// <summary>
/// "Which passes changed since my tag?" never skips a change, also when writers on PostgreSQL commit in
/// another order than they took their tags.
/// </summary>
[Trait("Category", "Database")]
public sealed class UpdatedSinceTests : IAsyncLifetime
{
    private const string Device = "updatedsincedevice0001";
    private ServiceHost _service = null!;
    private IDatabase _database = null!;
    private AppleRegistrations _registrations = null!;
    private IReadOnlyList<InsertedMember> _members = null!;

    public async Task InitializeAsync()
    {
        _service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        _database = _service.Database();
        _registrations = new AppleRegistrations(_database, TimeProvider.System);
        _members = await MemberRows.InsertAsync(_database, [new MemberRow { Name = "First" }, new MemberRow { Name = "Second" }]);
        await using var connection = await _database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO apple_devices (device_library_identifier, push_token, updated_at) VALUES (@Device, @token, @now)",
            new { Device, token = new string('a', 64), now = DateTimeOffset.UtcNow });
        await connection.ExecuteAsync(
            "INSERT INTO apple_registrations (device_library_identifier, pass_id, created_at) SELECT @Device, id, @now FROM passes WHERE serial_number IN (@first, @second)",
            new { Device, now = DateTimeOffset.UtcNow, first = _members[0].Serial, second = _members[1].Serial });
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task EachChangeIsListedAfterTheTagTheDeviceWasGiven()
    {
        var (_, start) = await ChangeAndListAsync(_members[0].Id, since: null);
        var (serials, next) = await ChangeAndListAsync(_members[1].Id, since: start);

        Assert.Contains(_members[1].Serial, serials);
        Assert.True(next >= start);
    }

    [PostgresFact]
    public async Task AChangeThatCommitsAfterALaterTagIsStillListed()
    {
        var (_, since) = await ChangeAndListAsync(_members[0].Id, since: null);
        await using var slow = await _database.OpenAsync();
        await using var slowWrite = await slow.BeginTransactionAsync();
        await PassChanges.MarkMemberCardsChangedAsync(slow, slowWrite, _members[0].Id, DateTimeOffset.UtcNow);

        // A second writer takes a later tag and commits while the first is still open.
        await using (var fast = await _database.OpenAsync())
        await using (var fastWrite = await fast.BeginTransactionAsync())
        {
            await PassChanges.MarkMemberCardsChangedAsync(fast, fastWrite, _members[1].Id, DateTimeOffset.UtcNow);
            await fastWrite.CommitAsync();
        }
        var (seenFirst, lastUpdated) = await _registrations.UpdatedSinceAsync(Device, since, CancellationToken.None);
        await slowWrite.CommitAsync();
        var (seenThen, _) = await _registrations.UpdatedSinceAsync(Device, lastUpdated, CancellationToken.None);

        Assert.Contains(_members[1].Serial, seenFirst);
        Assert.Contains(_members[0].Serial, seenThen);
    }

    [PostgresFact]
    public async Task AfterARestoreIntoAFreshClusterNewTagsStillSortAfterTheStoredOnes()
    {
        var restoredTag = 1L << 50;
        await using (var connection = await _database.OpenAsync())
        {
            // What a dump restored into a new cluster looks like: stored tags far above its transaction ids.
            await connection.ExecuteAsync("UPDATE passes SET update_tag = @restoredTag", new { restoredTag });
            await connection.ExecuteAsync("UPDATE counters SET value = 0 WHERE name = 'pass_update_tag'");
        }

        await new MigrationRunner(_database, NullLogger<MigrationRunner>.Instance).ApplyAsync();
        var (serials, _) = await ChangeAndListAsync(_members[1].Id, since: restoredTag);

        Assert.Equal([_members[1].Serial], serials);
    }

    private async Task<(IReadOnlyList<string> Serials, long LastTag)> ChangeAndListAsync(long memberId, long? since)
    {
        await using (var connection = await _database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await PassChanges.MarkMemberCardsChangedAsync(connection, transaction, memberId, DateTimeOffset.UtcNow);
            await transaction.CommitAsync();
        }
        return await _registrations.UpdatedSinceAsync(Device, since, CancellationToken.None);
    }
}
