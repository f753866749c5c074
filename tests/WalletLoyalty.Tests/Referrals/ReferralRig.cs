using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Referrals;

/// <summary>A shopper of the rig: their card, member id, the code the till scans, and the join cookie their phone was given.</summary>
public sealed record Shopper(PkPassFile Card, long MemberId, string Code, string Cookie);

/// <summary>The service on a fake clock with two tills and a marketer; shoppers join from the landing page, some through a member's referral link.</summary>
public sealed partial class ReferralRig : IAsyncDisposable
{
    private ReferralRig(ServiceHost service, FakeTimeProvider clock, TillClient till, TillClient otherTill, TillClient marketer)
    {
        Service = service;
        Clock = clock;
        Till = till;
        OtherTill = otherTill;
        Marketer = marketer;
    }

    public ServiceHost Service { get; }
    public FakeTimeProvider Clock { get; }
    public TillClient Till { get; }
    public TillClient OtherTill { get; }
    public TillClient Marketer { get; }

    /// <param name="templates">Another templates folder than the repository's (<see cref="TemplateFolder"/>).</param>
    public static async Task<ReferralRig> StartAsync(string? templates = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        var service = await ServiceHost.StartAsync(settings =>
        {
            settings["Push:DispatcherEnabled"] = "false";
            if (templates is not null)
            {
                settings["Templates:Path"] = templates;
            }
        }, services: s => s.AddSingleton<TimeProvider>(clock));
        return new ReferralRig(service, clock, await TillClient.WithNewKeyAsync(service, "cashier", "maple-street"),
            await TillClient.WithNewKeyAsync(service, "cashier", "station"), await TillClient.WithNewKeyAsync(service, "marketer", programId: "demo"));
    }

    /// <summary>Opens the landing page (with the referral code, if any), types the details and taps the Apple Wallet button.</summary>
    public async Task<Shopper> JoinAsync(string name, string? referral = null, string? email = null, string? phone = null, string? cookie = null)
    {
        var landing = "/join/demo" + (referral is null ? "" : "?ref=" + referral);
        var link = await Shoppers.WalletLinkAsync(Service.Client, landing, "apple", name)
            + (email is null ? "" : "&email=" + Uri.EscapeDataString(email)) + (phone is null ? "" : "&phone=" + Uri.EscapeDataString(phone));
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        using var response = await Service.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = new PkPassFile(await response.Content.ReadAsByteArrayAsync());
        var memberId = (await Service.QueryAsync<long>("SELECT member_id FROM passes WHERE serial_number = @serial", new { serial = card.SerialNumber })).Single();
        var given = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Single().Split(';')[0] : cookie ?? "";
        return new Shopper(card, memberId, card.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!, given);
    }

    /// <summary>Opens the referral link on the back of the card: the page, and the join link it hands to friends.</summary>
    public async Task<(string Html, Uri JoinLink)> InvitationAsync(PkPassFile card, string? language = null)
    {
        var path = new Uri(card.Field("referral").GetProperty("value").GetString()!).AbsolutePath;
        using var response = await Service.Client.GetAsync(path + (language is null ? "" : "?lang=" + language));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return (html, new Uri(WebUtility.HtmlDecode(JoinLink().Match(html).Groups[1].Value)));
    }

    /// <summary>The referral code of the member's invitation link, from their referral page.</summary>
    public async Task<string> ReferralCodeAsync(PkPassFile card) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery((await InvitationAsync(card)).JoinLink.Query)["ref"].ToString();

    /// <summary>The points the card shows when the phone fetches it again.</summary>
    public async Task<long> PointsOnCardAsync(PkPassFile card)
    {
        using var fetched = await new AppleDevice(Service.Client).FetchPassAsync(card);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        return new PkPassFile(await fetched.Content.ReadAsByteArrayAsync()).Field("points").GetProperty("value").GetInt64();
    }

    public Task<IReadOnlyList<(long MemberId, long Points, long BalanceAfter)>> ReferralEntriesAsync() =>
        Service.QueryAsync<(long, long, long)>("SELECT member_id, points, balance_after FROM ledger_entries WHERE kind = 'referral' ORDER BY id");

    public Task<IReadOnlyList<(long? ReferrerId, string? Refusal)>> ReferralOfAsync(long friendId) =>
        Service.QueryAsync<(long?, string?)>("SELECT referrer_member_id, refusal FROM referrals WHERE friend_member_id = @friendId", new { friendId });

    public async ValueTask DisposeAsync()
    {
        Till.Dispose();
        OtherTill.Dispose();
        Marketer.Dispose();
        await Service.DisposeAsync();
    }

    [GeneratedRegex("<a id=\"join-link\" href=\"([^\"]+)\"")]
    private static partial Regex JoinLink();
}
