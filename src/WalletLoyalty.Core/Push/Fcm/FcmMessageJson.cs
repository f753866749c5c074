using System.Text.Json.Nodes;

namespace WalletLoyalty.Push.Fcm;

internal static class FcmMessageJson
{
    public static JsonObject Body(FcmMessage message)
    {
        var json = new JsonObject();
        AddIfSet(json, "token", message.Token);
        AddIfSet(json, "topic", message.Topic);
        AddIfSet(json, "condition", message.Condition);
        if (message.Notification is { } notification)
        {
            var notificationJson = new JsonObject();
            AddIfSet(notificationJson, "title", notification.Title);
            AddIfSet(notificationJson, "body", notification.Body);
            json["notification"] = notificationJson;
        }

        if (message.Data is not null)
        {
            json["data"] = message.Data.DeepClone();
        }

        if (message.Android is not null)
        {
            json["android"] = message.Android.DeepClone();
        }

        return new JsonObject { ["message"] = json };
    }

    private static void AddIfSet(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json[name] = value;
        }
    }
}
