using System.Security.Cryptography;
using System.Text.Json.Nodes;
using WalletLoyalty.Configuration;
using WalletLoyalty.Tests.Support;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Wallets.Google;

/// <summary>Loading the key file and getting OAuth tokens from its token_uri, once per scope.</summary>
public sealed class GoogleServiceAccountTests : IAsyncLifetime
{
    private GoogleRig _google = null!;

    public async Task InitializeAsync() => _google = await GoogleRig.StartAsync();

    public async Task DisposeAsync() => await _google.DisposeAsync();

    [Fact]
    public async Task The_token_is_fetched_once_and_reused_across_calls()
    {
        var client = _google.WalletClient;

        await client.InsertAsync(WalletResourceKind.LoyaltyClass, WalletSamples.LoyaltyClass(), default);
        await client.GetAsync(WalletResourceKind.LoyaltyClass, WalletSamples.LoyaltyClassId.ToString(), default);
        var third = await client.GetAsync(WalletResourceKind.LoyaltyClass, WalletSamples.LoyaltyClassId.ToString(), default);

        Assert.Equal(GoogleWalletOutcome.Ok, third.Outcome);
        Assert.Equal(1, _google.TokenServer.TokenRequestCount);
        Assert.Equal(3, _google.WalletApi.Requests.Count);
    }

    [Fact]
    public async Task Each_scope_gets_its_own_token_from_the_key_files_token_uri()
    {
        var walletToken = await _google.ServiceAccount.GetAccessTokenAsync(GoogleScopes.WalletObjectIssuer, default);
        var fcmToken = await _google.ServiceAccount.GetAccessTokenAsync(GoogleScopes.FirebaseMessaging, default);
        var walletAgain = await _google.ServiceAccount.GetAccessTokenAsync(GoogleScopes.WalletObjectIssuer, default);

        Assert.Equal(walletToken, walletAgain);
        Assert.Equal(2, _google.TokenServer.TokensIssued);
        Assert.Equal([GoogleScopes.WalletObjectIssuer], _google.TokenServer.FindGrant(walletToken)!.Scopes);
        Assert.Equal([GoogleScopes.FirebaseMessaging], _google.TokenServer.FindGrant(fcmToken)!.Scopes);
        Assert.Equal(_google.Account.ClientEmail, _google.ServiceAccount.ClientEmail);
    }

    [Fact]
    public async Task An_assertion_signed_with_a_key_Google_does_not_know_gets_no_token_and_the_call_fails()
    {
        using var otherKey = RSA.Create(2048);
        _google.TokenServer.Trust(_google.Account.ClientEmail, _google.Account.PrivateKeyId, otherKey.ExportParameters(false));

        var result = await _google.WalletClient.GetAsync(
            WalletResourceKind.LoyaltyClass, WalletSamples.LoyaltyClassId.ToString(), default);

        Assert.Equal(GoogleWalletOutcome.Failed, result.Outcome);
        Assert.Contains("invalid_grant", result.Reason);
        Assert.Equal(0, _google.TokenServer.TokensIssued);
        Assert.Empty(_google.WalletApi.Requests);
    }

    [Fact]
    public void A_missing_key_file_names_the_setting_and_how_to_get_a_key()
    {
        var problem = Assert.Throws<ConfigurationProblemException>(
            () => GoogleServiceAccount.Load("/nowhere/service-account.json", "Google:ServiceAccountKeyPath"));

        var message = Assert.Single(problem.Problems);
        Assert.StartsWith("Google:ServiceAccountKeyPath: file '/nowhere/service-account.json' not found", message);
        Assert.Contains("JSON key", message);
    }

    [Fact]
    public void An_empty_setting_is_reported_as_not_set()
    {
        var problem = Assert.Throws<ConfigurationProblemException>(() => GoogleServiceAccount.Load("", "Fcm:ServiceAccountKeyPath"));

        Assert.StartsWith("Fcm:ServiceAccountKeyPath: not set", Assert.Single(problem.Problems));
    }

    [Theory]
    [InlineData("type", "authorized_user", "expected 'service_account'")]
    [InlineData("client_email", null, "missing client_email")]
    [InlineData("private_key", "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n", "not a usable service-account key")]
    public void A_key_file_that_is_not_a_usable_service_account_key_is_refused_with_the_reason(
        string field, string? value, string expected)
    {
        var json = JsonNode.Parse(File.ReadAllText(_google.Account.KeyPath))!.AsObject();
        json[field] = value;
        var path = Path.Combine(Path.GetDirectoryName(_google.Account.KeyPath)!, "edited.json");
        File.WriteAllText(path, json.ToJsonString());

        var problem = Assert.Throws<ConfigurationProblemException>(() => GoogleServiceAccount.Load(path, "Google:ServiceAccountKeyPath"));

        var message = Assert.Single(problem.Problems);
        Assert.StartsWith("Google:ServiceAccountKeyPath:", message);
        Assert.Contains(expected, message);
    }

    [Fact]
    public void A_file_that_is_not_JSON_is_refused()
    {
        var path = Path.Combine(Path.GetDirectoryName(_google.Account.KeyPath)!, "key.p12");
        File.WriteAllBytes(path, [0x30, 0x82, 0x01, 0x00]);

        var problem = Assert.Throws<ConfigurationProblemException>(() => GoogleServiceAccount.Load(path, "Google:ServiceAccountKeyPath"));

        Assert.Contains("not JSON", Assert.Single(problem.Problems));
    }
}
