using System.Text.Json.Nodes;
using WalletLoyalty.Push.Fcm;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Push.Fcm;

/// <summary>Messages FCM would refuse are refused before sending; the fake is there to prove none went out.</summary>
public sealed class FcmMessageValidationTests : IAsyncLifetime
{
    private GoogleRig _google = null!;

    public async Task InitializeAsync() => _google = await GoogleRig.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    [Fact]
    public async Task A_payload_of_exactly_4096_bytes_is_sent_and_one_more_byte_is_refused_unsent()
    {
        var token = GoogleRig.NewFcmToken();

        var atLimit = await SendAsync(DataOfBytes(token, 4096));
        var overLimit = await SendAsync(DataOfBytes(token, 4097));

        Assert.Equal(FcmOutcome.Sent, atLimit.Outcome);
        Assert.Equal((FcmOutcome.Failed, null, "InvalidMessage"), (overLimit.Outcome, overLimit.StatusCode, overLimit.ErrorCode));
        Assert.Contains("4096", overLimit.Message);
        Assert.Equal(1, _google.Fcm.RequestCount);
    }

    [Fact]
    public async Task A_non_string_data_value_is_refused_unsent()
    {
        var result = await SendAsync(FcmMessage.ToToken(GoogleRig.NewFcmToken(), data: new JsonObject { ["balance"] = 130 }));

        Assert.Equal((FcmOutcome.Failed, "InvalidMessage"), (result.Outcome, result.ErrorCode));
        Assert.Contains("balance", result.Message);
        Assert.Equal(0, _google.Fcm.RequestCount);
    }

    [Theory]
    [InlineData("from")]
    [InlineData("message_type")]
    [InlineData("google.sent_time")]
    [InlineData("gcm.notification.title")]
    public async Task A_reserved_data_key_is_refused_unsent(string key)
    {
        var result = await SendAsync(FcmMessage.ToToken(GoogleRig.NewFcmToken(), data: new JsonObject { [key] = "x" }));

        Assert.Equal(FcmOutcome.Failed, result.Outcome);
        Assert.Contains(key, result.Message);
        Assert.Equal(0, _google.Fcm.RequestCount);
    }

    [Fact]
    public async Task A_message_needs_exactly_one_target()
    {
        var none = await SendAsync(new FcmMessage { Notification = new FcmNotification("t", "b") });
        var two = await SendAsync(new FcmMessage { Token = GoogleRig.NewFcmToken(), Topic = "offers", Notification = new FcmNotification("t", "b") });

        Assert.Equal((FcmOutcome.Failed, FcmOutcome.Failed), (none.Outcome, two.Outcome));
        Assert.Equal(0, _google.Fcm.RequestCount);
    }

    [Fact]
    public async Task A_topic_message_is_sent_to_the_topic()
    {
        var result = await SendAsync(new FcmMessage { Topic = "offers", Notification = new FcmNotification("Spring offer", "20% off rye") });

        Assert.Equal(FcmOutcome.Sent, result.Outcome);
        Assert.Equal("offers", Assert.Single(_google.Fcm.AcceptedMessages)["topic"]!.GetValue<string>());
    }

    private Task<FcmResult> SendAsync(FcmMessage message) => _google.FcmClient.SendAsync(message, default);

    /// <summary>One data pair whose key and value add up to <paramref name="bytes"/> UTF-8 bytes.</summary>
    private static FcmMessage DataOfBytes(string token, int bytes) =>
        FcmMessage.ToToken(token, data: new JsonObject { ["k"] = new string('x', bytes - 1) });
}
