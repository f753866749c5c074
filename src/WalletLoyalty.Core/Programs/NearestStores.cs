namespace WalletLoyalty.Programs;

/// <summary>The stores a member's card or app should know about: those with coordinates, nearest to the member's home store first.</summary>
public static class NearestStores
{
    /// <summary>Apple reads at most ten locations from a pass.</summary>
    public const int MaxOnPass = 10;

    /// <summary>Without a home store (or one without coordinates) the template's order stands.</summary>
    public static IReadOnlyList<StoreTemplate> For(LoyaltyProgram program, string? homeStoreId, int max = MaxOnPass)
    {
        var located = program.Template.Stores.Where(s => s is { Latitude: not null, Longitude: not null }).ToList();
        if (homeStoreId is not null && located.FirstOrDefault(s => s.Id == homeStoreId) is { } home)
        {
            // OrderBy is stable, so stores at the same distance keep the template's order.
            located = located.OrderBy(s => GeoDistance.Meters(home.Latitude!.Value, home.Longitude!.Value, s.Latitude!.Value, s.Longitude!.Value)).ToList();
        }
        return located.Take(max).ToList();
    }

    /// <summary>The nearest store whose distance from the point is within the radius, with that distance; null when none is.</summary>
    public static (StoreTemplate Store, double Meters)? Within(LoyaltyProgram program, double latitude, double longitude, double radiusMeters) =>
        program.Template.Stores
            .Where(s => s is { Latitude: not null, Longitude: not null })
            .Select(s => (Store: s, Meters: GeoDistance.Meters(latitude, longitude, s.Latitude!.Value, s.Longitude!.Value)))
            .Where(s => s.Meters <= radiusMeters)
            .OrderBy(s => s.Meters)
            .Select(s => ((StoreTemplate, double)?)s)
            .FirstOrDefault();
}
