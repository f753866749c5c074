using System.Text.Json;
using System.Text.Json.Nodes;

namespace WalletLoyalty.Tests.Fakes.Google;

/// <summary>The fake's classes and objects, and the notifications each has sent in the last 24 hours.</summary>
internal sealed class FakeWalletStore(string issuerId, TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Collection, string Id), JsonObject> _resources = [];
    private readonly FakeNotificationQuota _quota = new(issuerId, timeProvider);

    public JsonObject? Find(string collection, string id)
    {
        lock (_lock)
        {
            return _resources.TryGetValue((collection, id), out var resource) ? resource.DeepClone().AsObject() : null;
        }
    }

    public FakeWalletAnswer Insert(FakeWalletSchema schema, JsonObject body)
    {
        if (FakeWalletResourceChecks.Check(schema, body, issuerId, pathId: null) is { } invalid)
        {
            return invalid;
        }

        var id = body["id"]!.GetValue<string>();
        lock (_lock)
        {
            if (CheckClassOf(schema, body) is { } classProblem)
            {
                return classProblem;
            }

            if (_resources.ContainsKey((schema.Collection, id)))
            {
                return new GoogleErrorReply(409, "ALREADY_EXISTS", $"Resource already exists: {id}", "duplicate");
            }

            var stored = new JsonObject { ["kind"] = "walletobjects#" + schema.Collection };
            Apply(stored, body);
            _resources[(schema.Collection, id)] = stored;
            return stored.DeepClone().AsObject();
        }
    }

    public FakeWalletAnswer Get(FakeWalletSchema schema, string id)
    {
        lock (_lock)
        {
            return _resources.TryGetValue((schema.Collection, id), out var stored)
                ? stored.DeepClone().AsObject()
                : NotFound(schema, id);
        }
    }

    public FakeWalletAnswer Patch(FakeWalletSchema schema, string id, JsonObject body)
    {
        if (FakeWalletResourceChecks.Check(schema, body, issuerId, id) is { } invalid)
        {
            return invalid;
        }

        lock (_lock)
        {
            if (!_resources.TryGetValue((schema.Collection, id), out var stored))
            {
                return NotFound(schema, id);
            }

            if (body["classId"] is { } classId && !JsonNode.DeepEquals(classId, stored["classId"]))
            {
                return GoogleErrorReply.BadRequest("The classId of an object cannot be changed.");
            }

            var notifies = body["notifyPreference"]?.GetValue<string>() == "NOTIFY_ON_UPDATE";
            if (notifies && _quota.TryUse(schema.Collection, id) is { } overQuota)
            {
                return overQuota;
            }

            Apply(stored, body);
            return stored.DeepClone().AsObject();
        }
    }

    public FakeWalletAnswer AddMessage(FakeWalletSchema schema, string id, JsonObject body)
    {
        if (body.Select(pair => pair.Key).FirstOrDefault(name => name != "message") is { } unknown)
        {
            return GoogleErrorReply.BadRequest($"Invalid JSON payload received. Unknown name \"{unknown}\": Cannot find field.");
        }

        if (FakeWalletResourceChecks.CheckMessage(body["message"]) is { } invalid)
        {
            return invalid;
        }

        lock (_lock)
        {
            if (!_resources.TryGetValue((schema.Collection, id), out var stored))
            {
                return NotFound(schema, id);
            }

            var messages = stored["messages"] as JsonArray ?? [];
            if (messages.Count >= FakeWalletMessage.MaxPerResource)
            {
                return GoogleErrorReply.BadRequest($"The maximum number of messages is {FakeWalletMessage.MaxPerResource}.");
            }

            var message = body["message"]!.DeepClone().AsObject();
            var notifies = message["messageType"]?.GetValue<string>() == FakeWalletMessage.TextAndNotify;
            if (notifies && _quota.TryUse(schema.Collection, id) is { } overQuota)
            {
                return overQuota;
            }

            message["kind"] = "walletobjects#walletObjectMessage";
            messages.Add(message);
            stored["messages"] = messages.DeepClone();
            return new JsonObject { ["resource"] = stored.DeepClone() };
        }
    }

    public int NotificationsInLastDay(string collection, string id)
    {
        lock (_lock)
        {
            return _quota.CountInLastDay(collection, id);
        }
    }

    private GoogleErrorReply? CheckClassOf(FakeWalletSchema schema, JsonObject body)
    {
        if (schema.IsClass)
        {
            return null;
        }

        var classId = body["classId"]!.GetValue<string>();
        if (!_resources.TryGetValue((schema.ClassCollection!, classId), out var walletClass))
        {
            return new GoogleErrorReply(404, "NOT_FOUND", $"No class with id {classId} was found for the object.", "classNotFound");
        }

        return walletClass["reviewStatus"]?.GetValue<string>() == "APPROVED"
            ? null
            : GoogleErrorReply.BadRequest($"Class {classId} is not approved; objects need an approved class.");
    }

    // Top-level fields replace what is stored, arrays included; notifyPreference applies to this request only.
    private static void Apply(JsonObject stored, JsonObject body)
    {
        foreach (var (name, value) in body)
        {
            if (name is not ("notifyPreference" or "kind"))
            {
                stored[name] = value?.DeepClone();
            }
        }

        if (stored["reviewStatus"] is JsonValue status && status.GetValueKind() == JsonValueKind.String
            && status.GetValue<string>() == "UNDER_REVIEW")
        {
            stored["reviewStatus"] = "APPROVED";
        }
    }

    private static GoogleErrorReply NotFound(FakeWalletSchema schema, string id) =>
        GoogleErrorReply.NotFound($"Requested entity was not found: {schema.Collection} {id}");
}
