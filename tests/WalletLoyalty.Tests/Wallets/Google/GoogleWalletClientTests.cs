using System.Text.Json.Nodes;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google;
using static WalletLoyalty.Tests.Wallets.Google.WalletSamples;

namespace WalletLoyalty.Tests.Wallets.Google;

/// <summary>The real Google Wallet client against a fake that checks what Google checks (protocols.md §4).</summary>
public sealed class GoogleWalletClientTests : IAsyncLifetime
{
    private GoogleRig _google = null!;

    private GoogleWalletClient Client => _google.WalletClient;

    public async Task InitializeAsync() => _google = await GoogleRig.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    [Fact]
    public async Task Inserting_a_class_and_an_object_stores_them_and_returns_Googles_copy()
    {
        var classResult = await Client.InsertAsync(WalletResourceKind.LoyaltyClass, LoyaltyClass(), default);
        var objectResult = await Client.InsertAsync(WalletResourceKind.LoyaltyObject, LoyaltyObject("member-1"), default);

        Assert.Equal(GoogleWalletOutcome.Ok, classResult.Outcome);
        Assert.Equal("APPROVED", classResult.Resource!["reviewStatus"]!.GetValue<string>());
        Assert.Equal(GoogleWalletOutcome.Ok, objectResult.Outcome);
        var stored = _google.WalletApi.Stored("loyaltyObject", GoogleRig.Id("member-1").ToString());
        Assert.Equal(120, stored!["loyaltyPoints"]!["balance"]!["int"]!.GetValue<int>());
    }

    [Fact]
    public async Task Inserting_an_existing_id_again_is_reported_as_AlreadyExists()
    {
        await InsertLoyaltyObjectAsync(Client, "member-1");

        var again = await Client.InsertAsync(WalletResourceKind.LoyaltyObject, LoyaltyObject("member-1", points: 5), default);

        Assert.Equal(GoogleWalletOutcome.AlreadyExists, again.Outcome);
        Assert.Equal(409, again.StatusCode);
        Assert.Equal(120, _google.WalletApi.Stored("loyaltyObject", GoogleRig.Id("member-1").ToString())!
            ["loyaltyPoints"]!["balance"]!["int"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_top_level_field_is_rejected_and_nothing_is_stored()
    {
        var withTypo = LoyaltyClass();
        withTypo["programLogoUrl"] = "https://loyalty.example.com/logo.png";

        var result = await Client.InsertAsync(WalletResourceKind.LoyaltyClass, withTypo, default);

        Assert.Equal(GoogleWalletOutcome.Failed, result.Outcome);
        Assert.Equal(400, result.StatusCode);
        Assert.Contains("programLogoUrl", result.Message);
        Assert.Null(_google.WalletApi.Stored("loyaltyClass", LoyaltyClassId.ToString()));
    }

    [Theory]
    [InlineData("1234567890.card")]
    [InlineData(GoogleRig.IssuerId + ".card with spaces")]
    [InlineData(GoogleRig.IssuerId + ".café")]
    [InlineData(GoogleRig.IssuerId + ".")]
    [InlineData("card")]
    public async Task An_id_not_of_our_issuer_or_with_characters_Google_refuses_is_rejected(string id)
    {
        var walletClass = LoyaltyClass();
        walletClass["id"] = id;

        var result = await Client.InsertAsync(WalletResourceKind.LoyaltyClass, walletClass, default);

        Assert.Equal(GoogleWalletOutcome.Failed, result.Outcome);
        Assert.Equal(400, result.StatusCode);
        Assert.Equal("invalid", result.Reason);
    }

    [Fact]
    public async Task An_object_whose_class_was_never_inserted_is_reported_NotFound()
    {
        var result = await Client.InsertAsync(WalletResourceKind.LoyaltyObject, LoyaltyObject("member-1"), default);

        Assert.Equal(GoogleWalletOutcome.NotFound, result.Outcome);
        Assert.Null(_google.WalletApi.Stored("loyaltyObject", GoogleRig.Id("member-1").ToString()));
    }

    [Fact]
    public async Task Getting_an_object_returns_what_Google_stored()
    {
        var id = await InsertLoyaltyObjectAsync(Client, "member-1");

        var result = await Client.GetAsync(WalletResourceKind.LoyaltyObject, id, default);

        Assert.Equal(GoogleWalletOutcome.Ok, result.Outcome);
        Assert.Equal("Ada Lovelace", result.Resource!["accountName"]!.GetValue<string>());
        Assert.Equal("QR_CODE", result.Resource["barcode"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Getting_or_patching_an_object_that_does_not_exist_is_reported_NotFound()
    {
        var missing = GoogleRig.Id("never-inserted").ToString();

        var get = await Client.GetAsync(WalletResourceKind.LoyaltyObject, missing, default);
        var patch = await Client.PatchAsync(WalletResourceKind.LoyaltyObject, missing, new JsonObject { ["state"] = "EXPIRED" }, false, default);

        Assert.Equal((GoogleWalletOutcome.NotFound, 404), (get.Outcome, get.StatusCode));
        Assert.Equal((GoogleWalletOutcome.NotFound, 404), (patch.Outcome, patch.StatusCode));
    }

    [Fact]
    public async Task Patching_replaces_arrays_whole_so_the_caller_sends_every_item_to_keep()
    {
        var id = await InsertLoyaltyObjectAsync(Client, "member-1");
        var opening = TextModule("hours", "Opening hours", "Mon-Sat 7-18");
        var offer = TextModule("offer", "This week", "Rye loaf -20%");

        await PatchAsync(id, new JsonObject { ["textModulesData"] = new JsonArray(opening.DeepClone(), offer.DeepClone()) });
        var both = Modules(id);
        var result = await PatchAsync(id, new JsonObject { ["textModulesData"] = new JsonArray(offer.DeepClone()) });

        Assert.Equal(["hours", "offer"], both);
        Assert.Equal(GoogleWalletOutcome.Ok, result.Outcome);
        Assert.Equal(["offer"], Modules(id));
        Assert.Equal("Ada Lovelace", _google.WalletApi.Stored("loyaltyObject", id)!["accountName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_notifying_patch_sends_notifyPreference_at_the_top_of_the_body_for_that_update_only()
    {
        var id = await InsertLoyaltyObjectAsync(Client, "member-1");

        var result = await Client.PatchAsync(
            WalletResourceKind.LoyaltyObject, id, PointsChange(130), notifyOnUpdate: true, default);

        Assert.Equal(GoogleWalletOutcome.Ok, result.Outcome);
        var sent = _google.WalletApi.Requests.Last();
        Assert.Equal("PATCH", sent.Method);
        Assert.Equal("NOTIFY_ON_UPDATE", sent.Body!["notifyPreference"]!.GetValue<string>());
        Assert.Null(_google.WalletApi.Stored("loyaltyObject", id)!["notifyPreference"]);
        Assert.Equal(1, _google.WalletApi.NotificationsInLastDay("loyaltyObject", id));
    }

    [Fact]
    public async Task A_message_is_added_to_the_pass_and_the_updated_object_returned()
    {
        var id = await InsertLoyaltyObjectAsync(Client, "member-1");

        var result = await Client.AddMessageAsync(
            WalletResourceKind.LoyaltyObject, id, new WalletMessage("welcome", "Welcome", "Thanks for joining"), default);

        Assert.Equal(GoogleWalletOutcome.Ok, result.Outcome);
        var message = Assert.Single(result.Resource!["messages"]!.AsArray())!;
        Assert.Equal(("welcome", "Welcome", "Thanks for joining", "TEXT"), (
            message["id"]!.GetValue<string>(), message["header"]!.GetValue<string>(),
            message["body"]!.GetValue<string>(), message["messageType"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_fourth_notification_in_a_day_is_QuotaExceeded_while_a_plain_text_message_still_goes_through()
    {
        var id = await InsertLoyaltyObjectAsync(Client, "member-1");
        var outcomes = new List<GoogleWalletOutcome>
        {
            (await NotifyAsync(id, "n1")).Outcome,
            (await Client.PatchAsync(WalletResourceKind.LoyaltyObject, id, PointsChange(200), true, default)).Outcome,
            (await NotifyAsync(id, "n3")).Outcome,
        };

        var fourth = await NotifyAsync(id, "n4");
        var plain = await Client.AddMessageAsync(
            WalletResourceKind.LoyaltyObject, id, new WalletMessage("n4", "Fresh bread", "Out of the oven now"), default);

        Assert.All(outcomes, outcome => Assert.Equal(GoogleWalletOutcome.Ok, outcome));
        Assert.Equal((GoogleWalletOutcome.QuotaExceeded, 403, "quotaExceeded"), (fourth.Outcome, fourth.StatusCode, fourth.Reason));
        Assert.Null(fourth.RetryAfter);
        Assert.Equal(GoogleWalletOutcome.Ok, plain.Outcome);
        Assert.Equal(["n1", "n3", "n4"], plain.Resource!["messages"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Too_many_requests_is_Retry_with_Googles_delay_and_the_next_attempt_succeeds()
    {
        await Client.InsertAsync(WalletResourceKind.LoyaltyClass, LoyaltyClass(), default);
        _google.WalletApi.FailNextRequests(1, 429, TimeSpan.FromSeconds(7));

        var first = await Client.InsertAsync(WalletResourceKind.LoyaltyObject, LoyaltyObject("member-1"), default);
        var second = await Client.InsertAsync(WalletResourceKind.LoyaltyObject, LoyaltyObject("member-1"), default);

        Assert.Equal((GoogleWalletOutcome.Retry, 429, TimeSpan.FromSeconds(7)), (first.Outcome, first.StatusCode, first.RetryAfter));
        Assert.Equal(GoogleWalletOutcome.Ok, second.Outcome);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_server_error_is_Retry(int statusCode)
    {
        _google.WalletApi.FailNextRequests(1, statusCode);

        var result = await Client.GetAsync(WalletResourceKind.LoyaltyClass, LoyaltyClassId.ToString(), default);

        Assert.Equal((GoogleWalletOutcome.Retry, statusCode, "backendError"), (result.Outcome, result.StatusCode, result.Reason));
    }

    [Fact]
    public async Task An_API_that_cannot_be_reached_is_Retry()
    {
        var closedPort = _google.WalletApi.BaseAddress;
        await _google.WalletApi.DisposeAsync();

        using var http = new HttpClient { BaseAddress = closedPort };
        var client = new GoogleWalletClient(http, _google.ServiceAccount);
        var result = await client.GetAsync(WalletResourceKind.LoyaltyClass, LoyaltyClassId.ToString(), default);

        Assert.Equal(GoogleWalletOutcome.Retry, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.StartsWith("TransportError", result.Reason);
    }

    private Task<GoogleWalletResult> NotifyAsync(string id, string messageId) =>
        Client.AddMessageAsync(
            WalletResourceKind.LoyaltyObject,
            id,
            new WalletMessage(messageId, "Double points", "All weekend", WalletMessageType.TextAndNotify),
            default);

    private Task<GoogleWalletResult> PatchAsync(string id, JsonObject changes) =>
        Client.PatchAsync(WalletResourceKind.LoyaltyObject, id, changes, notifyOnUpdate: false, default);

    private IEnumerable<string> Modules(string id) =>
        _google.WalletApi.Stored("loyaltyObject", id)!["textModulesData"]!.AsArray().Select(m => m!["id"]!.GetValue<string>());

    private static JsonObject TextModule(string id, string header, string body) =>
        new() { ["id"] = id, ["header"] = header, ["body"] = body };

    private static JsonObject PointsChange(int balance) => new()
    {
        ["loyaltyPoints"] = new JsonObject { ["label"] = "Points", ["balance"] = new JsonObject { ["int"] = balance } },
    };
}
