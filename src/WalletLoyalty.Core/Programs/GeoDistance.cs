namespace WalletLoyalty.Programs;

/// <summary>Great-circle distance on a spherical Earth; at store scale (metres to a few kilometres) the error is well under 0.5 %.</summary>
public static class GeoDistance
{
    private const double EarthRadiusMeters = 6_371_008.8;

    public static double Meters(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var lat1 = Radians(latitude1);
        var lat2 = Radians(latitude2);
        var dLat = lat2 - lat1;
        var dLon = Radians(longitude2 - longitude1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
