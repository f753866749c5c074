using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>FCM's error answers, each with its <c>FcmError</c> detail (protocols.md §5.3).</summary>
public static class FakeFcmReply
{
    private const string FcmErrorType = "type.googleapis.com/google.firebase.fcm.v1.FcmError";

    public static GoogleErrorReply Unregistered() =>
        Error(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED");

    public static GoogleErrorReply InvalidToken() =>
        Error(400, "INVALID_ARGUMENT", "The registration token is not a valid FCM registration token", "INVALID_ARGUMENT")
            with { Details = Details("INVALID_ARGUMENT", ViolatedField("message.token", "Invalid registration token")) };

    public static GoogleErrorReply InvalidMessage(string message, string? field = null) =>
        Error(400, "INVALID_ARGUMENT", message, "INVALID_ARGUMENT")
            with { Details = field is null ? Details("INVALID_ARGUMENT") : Details("INVALID_ARGUMENT", ViolatedField(field, message)) };

    public static GoogleErrorReply SenderIdMismatch() =>
        Error(403, "PERMISSION_DENIED", "SenderId mismatch", "SENDER_ID_MISMATCH");

    public static GoogleErrorReply QuotaExceeded(TimeSpan retryAfter) =>
        Error(429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Send messages'.", "QUOTA_EXCEEDED") with { RetryAfter = retryAfter };

    public static GoogleErrorReply Unavailable(TimeSpan? retryAfter = null) =>
        Error(503, "UNAVAILABLE", "The service is currently unavailable.", "UNAVAILABLE") with { RetryAfter = retryAfter };

    public static GoogleErrorReply Internal() => Error(500, "INTERNAL", "Internal error encountered.", "INTERNAL");

    private static GoogleErrorReply Error(int statusCode, string status, string message, string errorCode) =>
        new(statusCode, status, message) { Details = Details(errorCode) };

    private static JsonArray Details(string errorCode, JsonObject? badRequest = null)
    {
        var details = new JsonArray(new JsonObject { ["@type"] = FcmErrorType, ["errorCode"] = errorCode });
        if (badRequest is not null)
        {
            details.Add(badRequest);
        }

        return details;
    }

    private static JsonObject ViolatedField(string field, string description) => new()
    {
        ["@type"] = "type.googleapis.com/google.rpc.BadRequest",
        ["fieldViolations"] = new JsonArray(new JsonObject { ["field"] = field, ["description"] = description }),
    };
}
