using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Push;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Push;

/// <summary>A Google object may be notified while fewer than three notifications went to it in the last 24 hours; an offer is written to as an offer.</summary>
[Trait("Category", "Database")]
public sealed class GoogleMessageTargetsTests
{
    [Fact]
    public async Task TheQuotaCountsOnlyTheLastDaysNotificationsOfTheObject()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var objectId = (await MemberRows.InsertAsync(service.Database(), [new MemberRow { Google = true }]))[0].GoogleObject!;
        var targets = service.Services.GetRequiredService<GoogleMessageTargets>();
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        await targets.RecordNotificationAsync(objectId, now.AddHours(-25));
        await targets.RecordNotificationAsync(objectId, now.AddHours(-2));
        await targets.RecordNotificationAsync(objectId, now.AddHours(-1));
        await targets.RecordNotificationAsync("3388000000012345678.another-object", now.AddHours(-1));

        Assert.Equal(new GoogleMessageTarget(WalletResourceKind.LoyaltyObject, MayNotify: true), await targets.LookUpAsync(objectId, now));
        await targets.RecordNotificationAsync(objectId, now);
        Assert.Equal(new GoogleMessageTarget(WalletResourceKind.LoyaltyObject, MayNotify: false), await targets.LookUpAsync(objectId, now));
        Assert.Equal(new GoogleMessageTarget(WalletResourceKind.LoyaltyObject, MayNotify: true), await targets.LookUpAsync(objectId, now.AddHours(23)));
    }

    [Fact]
    public async Task AnOfferObjectIsAnOfferAndAnUnknownOneALoyaltyObject()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var objectId = (await MemberRows.InsertAsync(service.Database(), [new MemberRow { Google = true }]))[0].GoogleObject!;
        await using (var connection = await service.Database().OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE google_objects SET kind = 'offer' WHERE object_id = @objectId", new { objectId });
        }
        var targets = service.Services.GetRequiredService<GoogleMessageTargets>();

        Assert.Equal(WalletResourceKind.OfferObject, (await targets.LookUpAsync(objectId, DateTimeOffset.UtcNow)).Kind);
        Assert.Equal(WalletResourceKind.LoyaltyObject, (await targets.LookUpAsync("3388000000012345678.unknown", DateTimeOffset.UtcNow)).Kind);
    }
}
