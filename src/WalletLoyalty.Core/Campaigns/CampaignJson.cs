using System.Text.Json;

namespace WalletLoyalty.Campaigns;

/// <summary>The JSON a campaign's content is stored and spoken in: camelCase, as the API contract shows it.</summary>
public static class CampaignJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"Stored campaign JSON for {typeof(T).Name} is empty");
}
