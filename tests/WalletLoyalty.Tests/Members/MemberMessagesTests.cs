using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Members;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Members;

/// <summary>A message to one member is queued once per Google card and once per app device, and only for a member of the program.</summary>
[Trait("Category", "Database")]
public sealed class MemberMessagesTests
{
    [Fact]
    public async Task EachGoogleCardAndAppDeviceOfTheMemberGetsTheMessage()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var members = await MemberRows.InsertAsync(service.Database(), [new MemberRow { Google = true, App = true }, new MemberRow { Apple = true }]);
        var messages = service.Services.GetRequiredService<MemberMessages>();

        var reached = await messages.QueueAsync("demo", members[0].Id, "Fresh bread", "From 7 tomorrow", CancellationToken.None);
        var appleOnly = await messages.QueueAsync("demo", members[1].Id, "Fresh bread", "From 7 tomorrow", CancellationToken.None);

        Assert.Equal(new QueuedMemberMessages(1, 1), reached);
        Assert.Equal(new QueuedMemberMessages(0, 0), appleOnly);
        var queued = await service.QueryAsync<(string Channel, string Target, string Payload)>("SELECT channel, target, payload FROM outbox ORDER BY channel");
        Assert.Equal(["fcm", "google-message"], queued.Select(q => q.Channel));
        Assert.Equal([members[0].FcmToken, members[0].GoogleObject], queued.Select(q => q.Target));
        var notification = JsonDocument.Parse(queued[0].Payload).RootElement;
        Assert.Equal("Fresh bread", notification.GetProperty("title").GetString());
        Assert.Equal("message", notification.GetProperty("data").GetProperty("kind").GetString());
        var googleMessage = JsonDocument.Parse(queued[1].Payload).RootElement;
        Assert.Equal("From 7 tomorrow", googleMessage.GetProperty("body").GetString());
        Assert.StartsWith("message-", googleMessage.GetProperty("id").GetString());
    }

    [Fact]
    public async Task NothingIsQueuedForAMemberOfAnotherProgramOrNoMember()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var member = (await MemberRows.InsertAsync(service.Database(), [new MemberRow { Google = true, App = true }]))[0];
        var messages = service.Services.GetRequiredService<MemberMessages>();

        Assert.Null(await messages.QueueAsync("other", member.Id, "Hello", "Welcome", CancellationToken.None));
        Assert.Null(await messages.QueueAsync("demo", member.Id + 1000, "Hello", "Welcome", CancellationToken.None));
        Assert.Equal(0, await service.CountAsync("SELECT COUNT(*) FROM outbox"));
    }
}
