using System.Text.Json.Nodes;

namespace WalletLoyalty.Push.Fcm;

/// <summary>
/// One FCM message for exactly one of <see cref="Token"/>, <see cref="Topic"/> or <see cref="Condition"/>.
/// <see cref="Data"/> values must be JSON strings; FCM refuses numbers and objects.
/// </summary>
public sealed record FcmMessage
{
    public string? Token { get; init; }

    public string? Topic { get; init; }

    public string? Condition { get; init; }

    public FcmNotification? Notification { get; init; }

    public JsonObject? Data { get; init; }

    /// <summary>The <c>android</c> block as FCM names it (snake_case, e.g. <c>collapse_key</c>, <c>priority</c>, <c>ttl</c>).</summary>
    public JsonObject? Android { get; init; }

    public static FcmMessage ToToken(string token, FcmNotification? notification = null, JsonObject? data = null) =>
        new() { Token = token, Notification = notification, Data = data };
}
