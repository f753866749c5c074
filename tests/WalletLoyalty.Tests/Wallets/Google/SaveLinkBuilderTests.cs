using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Wallets.Google;

/// <summary>The "Add to Google Wallet" link: a skinny save JWT signed RS256 by the service account (protocols.md §4.9).</summary>
public sealed class SaveLinkBuilderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private GoogleRig _google = null!;

    public async Task InitializeAsync() => _google = await GoogleRig.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    [Fact]
    public void The_link_JWT_carries_the_save_claims_and_only_the_ids()
    {
        var objectId = GoogleRig.Id("member-000123").ToString();

        var link = Builder().ForLoyaltyObject(objectId, WalletSamples.LoyaltyClassId.ToString());

        var (header, claims) = Decode(link);
        Assert.Equal("""{"alg":"RS256","typ":"JWT"}""", header.ToJsonString());
        Assert.Equal(_google.Account.ClientEmail, claims["iss"]!.GetValue<string>());
        Assert.Equal("google", claims["aud"]!.GetValue<string>());
        Assert.Equal("savetowallet", claims["typ"]!.GetValue<string>());
        Assert.Equal(Now.ToUnixTimeSeconds(), claims["iat"]!.GetValue<long>());
        Assert.Equal(["https://loyalty.example.com"], claims["origins"]!.AsArray().Select(o => o!.GetValue<string>()));
        var saved = Assert.Single(claims["payload"]!["loyaltyObjects"]!.AsArray())!.AsObject();
        Assert.Equal(
            new JsonObject { ["id"] = objectId, ["classId"] = WalletSamples.LoyaltyClassId.ToString() }.ToJsonString(),
            saved.ToJsonString());
        Assert.Single(claims["payload"]!.AsObject());
    }

    [Fact]
    public void The_signature_verifies_with_the_service_accounts_public_key_and_fails_for_edited_claims()
    {
        var link = Builder().ForLoyaltyObject(GoogleRig.Id("member-000123").ToString(), WalletSamples.LoyaltyClassId.ToString());
        var parts = link[_google.Options.SaveLinkBaseAddress.Length..].Split('.');
        using var publicKey = RSA.Create(_google.Account.PublicKey);
        var signature = Base64Url.DecodeFromChars(parts[2]);

        var genuine = publicKey.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var edited = publicKey.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1] + "x"), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        Assert.True(genuine);
        Assert.False(edited);
    }

    [Fact]
    public void A_link_is_the_save_address_followed_by_the_JWT_and_stays_well_under_1800_characters()
    {
        var link = Builder().ForLoyaltyObject(
            GoogleRig.Id("program-corner-bakery.member-0000012345").ToString(), WalletSamples.LoyaltyClassId.ToString());

        Assert.StartsWith("https://pay.google.com/gp/v/save/ey", link);
        var jwt = link["https://pay.google.com/gp/v/save/".Length..];
        Assert.Equal(3, jwt.Split('.').Length);
        Assert.All(["=", "+", "/"], notBase64Url => Assert.DoesNotContain(notBase64Url, jwt, StringComparison.Ordinal));
        Assert.InRange(link.Length, 1, 1200);
    }

    [Fact]
    public void A_coupon_link_lists_the_object_under_offerObjects()
    {
        var link = Builder().ForOfferObject(GoogleRig.Id("coupon-42").ToString(), GoogleRig.Id("spring-offer").ToString());

        var (_, claims) = Decode(link);
        Assert.Equal(["offerObjects"], claims["payload"]!.AsObject().Select(pair => pair.Key));
    }

    [Fact]
    public void A_link_longer_than_browsers_keep_is_refused()
    {
        _google.Options.Origins = [.. Enumerable.Range(0, 40).Select(i => $"https://shop-{i}.loyalty.example.com")];

        var refused = Assert.Throws<InvalidOperationException>(
            () => Builder().ForLoyaltyObject(GoogleRig.Id("member-1").ToString(), WalletSamples.LoyaltyClassId.ToString()));

        Assert.Contains("1800", refused.Message);
    }

    private SaveLinkBuilder Builder() => new(_google.ServiceAccount, _google.Options, new FixedTimeProvider(Now));

    private (JsonObject Header, JsonObject Claims) Decode(string link)
    {
        var parts = link[_google.Options.SaveLinkBaseAddress.Length..].Split('.');
        return (
            JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!.AsObject(),
            JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject());
    }
}
