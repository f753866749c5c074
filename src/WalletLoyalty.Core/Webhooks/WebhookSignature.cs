using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WalletLoyalty.Webhooks;

/// <summary>
/// How a delivery proves where it came from: HMAC-SHA256, keyed with the endpoint's secret, over the
/// timestamp (unix seconds), a dot and the body, sent as <c>v1=</c> and lowercase hex (docs/webhooks.md).
/// The timestamp is signed so a receiver can refuse a delivery replayed by someone who recorded it.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "WalletLoyalty-Timestamp";
    public const string SignatureHeader = "WalletLoyalty-Signature";
    public const string EventIdHeader = "WalletLoyalty-Event-Id";
    public const string EventTypeHeader = "WalletLoyalty-Event-Type";
    public const string DeliveryHeader = "WalletLoyalty-Delivery";

    public static string Sign(string secret, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
