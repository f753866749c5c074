using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.MemberCare;

/// <summary>A member as the care tests need them: a store card on an iPhone registered for pushes and saved in Google Wallet.</summary>
public sealed record CaredMember(long Id, string Code, PkPassFile Card, AppleDevice Phone, string GoogleObjectId);

/// <summary>The service with fake APNs and Google behind it, a marketer and a cashier, and members to care for.</summary>
public sealed class CareRig : IAsyncDisposable
{
    private CareRig(PushRig push, GoogleServiceRig google, ServiceHost service, TillClient marketer, TillClient till)
    {
        Push = push;
        Google = google;
        Service = service;
        Marketer = marketer;
        Till = till;
    }

    public PushRig Push { get; }
    public GoogleServiceRig Google { get; }
    public ServiceHost Service { get; }
    public TillClient Marketer { get; }
    public TillClient Till { get; }

    public static async Task<CareRig> StartAsync()
    {
        var push = await PushRig.StartAsync();
        var google = await GoogleServiceRig.StartAsync();
        var service = await ServiceHost.StartAsync(settings =>
        {
            push.Configure(settings);
            google.Configure(settings);
        });
        return new CareRig(push, google, service,
            await TillClient.WithNewKeyAsync(service, "marketer", programId: "demo"),
            await TillClient.WithNewKeyAsync(service, "cashier", "maple-street"));
    }

    public static string PathOf(long memberId, string rest = "") => $"/api/v1/programs/demo/members/{memberId}{rest}";

    /// <summary>Joins as a shopper, registers the card on a phone (which takes the change list once) and saves it in Google Wallet.</summary>
    public async Task<CaredMember> JoinAsync(string name = "Alex")
    {
        var (card, code) = await Shoppers.JoinAsync(Service, name);
        var phone = new AppleDevice(Service.Client, passTypeIdentifier: card.PassJson.GetProperty("passTypeIdentifier").GetString());
        using (var registered = await phone.RegisterAsync(card))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }
        await phone.UpdatedSerialsAsync();
        var id = (await Till.CardAsync(code)).GetProperty("member").GetProperty("id").GetInt64();
        var objectId = $"{GoogleServiceRig.IssuerId}.{card.SerialNumber}";
        await using var connection = await Service.Database().OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO google_objects (pass_id, object_id, class_id, kind, inserted_at, saved_at)
            SELECT id, @objectId, @classId, 'loyalty', @now, @now FROM passes WHERE serial_number = @serial
            """,
            new { objectId, classId = GoogleServiceRig.IssuerId + ".demo", now = DateTimeOffset.UtcNow, serial = card.SerialNumber });
        return new CaredMember(id, code, card, phone, objectId);
    }

    public int PushesTo(CaredMember member) => Push.Apns.Deliveries.Count(d => d.Token == member.Phone.PushToken);

    public Task<bool> PhoneWasPushedAsync(CaredMember member, int times = 1) => Task.FromResult(PushesTo(member) >= times);

    public async Task<JsonElement> DetailsAsync(long memberId, string query = "")
    {
        using var response = await Marketer.GetAsync(PathOf(memberId) + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The card as the phone fetches it now.</summary>
    public static async Task<PkPassFile> FetchAsync(CaredMember member)
    {
        using var fetched = await member.Phone.FetchPassAsync(member.Card);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        return new PkPassFile(await fetched.Content.ReadAsByteArrayAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Marketer.Dispose();
        Till.Dispose();
        await Service.DisposeAsync();
        await Google.DisposeAsync();
        await Push.DisposeAsync();
    }
}
