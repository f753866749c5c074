using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace WalletLoyalty.Wallets.Google;

/// <summary>
/// Builds "Add to Google Wallet" links with a skinny JWT: the class and object are inserted over REST
/// first, so the token names only their ids and the link stays short enough for every browser.
/// </summary>
public sealed class SaveLinkBuilder
{
    /// <summary>Browsers may truncate longer links.</summary>
    public const int MaxLinkLength = 1800;

    private static readonly byte[] Header = """{"alg":"RS256","typ":"JWT"}"""u8.ToArray();

    private readonly GoogleServiceAccount _account;
    private readonly GoogleOptions _options;
    private readonly TimeProvider _timeProvider;

    public SaveLinkBuilder(GoogleServiceAccount account, GoogleOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.SaveLinkBaseAddress);
        _account = account;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public string ForLoyaltyObject(string objectId, string classId) => Build("loyaltyObjects", objectId, classId);

    public string ForOfferObject(string objectId, string classId) => Build("offerObjects", objectId, classId);

    private string Build(string payloadKey, string objectId, string classId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(classId);
        var claims = new JsonObject
        {
            ["iss"] = _account.ClientEmail,
            ["aud"] = "google",
            ["typ"] = "savetowallet",
            ["iat"] = _timeProvider.GetUtcNow().ToUnixTimeSeconds(),
            ["origins"] = new JsonArray([.. _options.Origins.Select(origin => JsonValue.Create(origin))]),
            ["payload"] = new JsonObject
            {
                [payloadKey] = new JsonArray(new JsonObject { ["id"] = objectId, ["classId"] = classId }),
            },
        };

        var signingInput = Base64Url.EncodeToString(Header) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = _account.SigningKey.SignData(
            Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var link = _options.SaveLinkBaseAddress.TrimEnd('/') + "/" + signingInput + "." + Base64Url.EncodeToString(signature);
        return link.Length <= MaxLinkLength
            ? link
            : throw new InvalidOperationException(
                $"The save link has {link.Length} characters, over the {MaxLinkLength} browsers keep; shorten the ids or origins.");
    }
}
