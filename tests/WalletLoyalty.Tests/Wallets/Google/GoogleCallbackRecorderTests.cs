using Microsoft.Extensions.DependencyInjection;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google.Callbacks;

namespace WalletLoyalty.Tests.Wallets.Google;

/// <summary>A delete marks the object removed and counts a removal for the member's flyer; a save undoes it; a nonce counts once.</summary>
[Trait("Category", "Database")]
public sealed class GoogleCallbackRecorderTests
{
    [Fact]
    public async Task ADeleteThenASaveAreEachRecordedOncePerNonce()
    {
        await using var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false");
        var member = (await MemberRows.InsertAsync(service.Database(), [new MemberRow { Source = "flyer-r", Google = true }]))[0];
        var recorder = service.Services.GetRequiredService<GoogleCallbackRecorder>();
        var objectId = member.GoogleObject!;
        var deletedAt = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var savedAt = deletedAt.AddHours(2);
        GoogleCallbackMessage Message(GoogleCallbackEventType type, string nonce) => new("issuer.demo", objectId, type, nonce, savedAt.AddDays(1));

        Assert.True(await recorder.RecordAsync(Message(GoogleCallbackEventType.Delete, "nonce-del"), deletedAt, CancellationToken.None));
        Assert.False(await recorder.RecordAsync(Message(GoogleCallbackEventType.Delete, "nonce-del"), deletedAt.AddMinutes(1), CancellationToken.None));
        Assert.Equal(1, await service.CountAsync("SELECT COUNT(*) FROM google_objects WHERE object_id = @objectId AND deleted_at = @deletedAt", new { objectId, deletedAt }));
        Assert.True(await recorder.RecordAsync(Message(GoogleCallbackEventType.Save, "nonce-save"), savedAt, CancellationToken.None));

        Assert.Equal(1, await service.CountAsync(
            "SELECT COUNT(*) FROM google_objects WHERE object_id = @objectId AND saved_at = @savedAt AND deleted_at IS NULL", new { objectId, savedAt }));
        Assert.Equal([("uninstall", "flyer-r"), ("install", "flyer-r")],
            await service.QueryAsync<(string, string)>("SELECT kind, source FROM wallet_events WHERE platform = 'google' ORDER BY occurred_at"));
    }
}
