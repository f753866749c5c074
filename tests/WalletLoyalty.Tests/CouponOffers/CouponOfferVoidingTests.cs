using System.Net;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>A marketer voids an offer: every unused coupon of it turns void on the phones, the till refuses it, no one claims it again.</summary>
[Trait("Category", "Database")]
public sealed class CouponOfferVoidingTests : IAsyncLifetime
{
    private FlyerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await FlyerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task VoidingAnOfferPushesEveryUnusedPassVoidRefusesItAtTheTillAndEndsTheClaims()
    {
        var phones = new List<(AppleDevice Phone, PkPassFile Pass, string Code)>();
        for (var i = 0; i < 3; i++)
        {
            using var tapped = await _rig.NewShopper().TapAsync("CAKE10");
            Assert.Equal(HttpStatusCode.OK, tapped.StatusCode);
            var pass = new PkPassFile(await tapped.Content.ReadAsByteArrayAsync());
            var phone = new AppleDevice(_rig.Service.Client, passTypeIdentifier: pass.PassJson.GetProperty("passTypeIdentifier").GetString());
            using (var registered = await phone.RegisterAsync(pass))
            {
                Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            }
            await phone.UpdatedSerialsAsync();
            phones.Add((phone, pass, pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!));
        }
        var (used, _) = await _rig.Till.PostJsonAsync("/api/v1/till/redeem", new { code = phones[0].Code });
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);

        var (voided, body) = await _rig.Marketer.PostJsonAsync("/api/v1/programs/demo/coupon-offers/cake10/void", new { });

        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal(2, body.GetProperty("couponsVoided").GetInt64());
        Assert.False(body.GetProperty("alreadyVoided").GetBoolean());
        foreach (var (phone, pass, code) in phones.Skip(1))
        {
            await Eventually.TrueAsync(() => Task.FromResult(_rig.Apns.Deliveries.Any(d => d.Token == phone.PushToken)), "the phone is told");
            Assert.Equal([pass.SerialNumber], await phone.UpdatedSerialsAsync());
            using var fetched = await phone.FetchPassAsync(pass);
            Assert.True(new PkPassFile(await fetched.Content.ReadAsByteArrayAsync()).PassJson.GetProperty("voided").GetBoolean());
            var (refused, problem) = await _rig.Till.PostJsonAsync("/api/v1/till/redeem", new { code });
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("withdrawn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using var claimed = await _rig.NewShopper().TapAsync("CAKE10");
        Assert.Equal(HttpStatusCode.Gone, claimed.StatusCode);
        Assert.Contains("This offer has been withdrawn.", await claimed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = (await _rig.OffersAsync())["cake10"];
        Assert.Equal(0, listed.GetProperty("left").GetInt64());
        Assert.Equal(1, listed.GetProperty("redeemed").GetInt64());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("voidedAt").ValueKind);
        var (again, second) = await _rig.Marketer.PostJsonAsync("/api/v1/programs/demo/coupon-offers/cake10/void", new { });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(second.GetProperty("alreadyVoided").GetBoolean());
        Assert.Equal(0, second.GetProperty("couponsVoided").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await _rig.Marketer.PostJsonAsync("/api/v1/programs/demo/coupon-offers/nope/void", new { })).Response.StatusCode);
    }
}
