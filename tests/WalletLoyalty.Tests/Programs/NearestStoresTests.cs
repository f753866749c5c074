using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Tests.Programs;

public sealed class NearestStoresTests
{
    [Fact]
    public void DistancesMatchKnownOnes()
    {
        // One degree of latitude is about 111.2 km; Berlin's Alexanderplatz to its main station is about 3.3 km.
        Assert.InRange(GeoDistance.Meters(52, 13, 53, 13), 111_150, 111_250);
        Assert.InRange(GeoDistance.Meters(52.5219, 13.4132, 52.5251, 13.3694), 2_950, 3_050);
        Assert.Equal(0, GeoDistance.Meters(52.5, 13.4, 52.5, 13.4));
    }

    [Fact]
    public void StoresAreOrderedFromTheHomeStoreAndCappedAtTen()
    {
        var program = ProgramWith(Enumerable.Range(0, 13).Select(i => Store($"s{i:D2}", 52.5, 13.3 + i * 0.01)).Append(new StoreTemplate { Id = "online", Name = "Web shop" }));

        Assert.Equal(Ids(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), NearestStores.For(program, null).Select(s => s.Id));
        Assert.Equal(Ids(12, 11, 10, 9, 8, 7, 6, 5, 4, 3), NearestStores.For(program, "s12").Select(s => s.Id));
        Assert.Equal(Ids(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), NearestStores.For(program, "online").Select(s => s.Id));
        Assert.Equal(Ids(0, 1, 2), NearestStores.For(program, "unknown", max: 3).Select(s => s.Id));
    }

    [Fact]
    public void APositionIsNearTheClosestStoreWithinTheRadius()
    {
        var program = ProgramWith([Store("a", 52.5208, 13.4095), Store("b", 52.5212, 13.4095)]);

        Assert.Equal("b", NearestStores.Within(program, 52.5214, 13.4095, 100)?.Store.Id);
        Assert.Equal("a", NearestStores.Within(program, 52.5200, 13.4095, 100)?.Store.Id);
        Assert.Null(NearestStores.Within(program, 52.5100, 13.4095, 100));
    }

    private static IEnumerable<string> Ids(params int[] numbers) => numbers.Select(n => $"s{n:D2}");

    private static StoreTemplate Store(string id, double latitude, double longitude) => new() { Id = id, Name = id, Latitude = latitude, Longitude = longitude };

    private static LoyaltyProgram ProgramWith(IEnumerable<StoreTemplate> stores) =>
        new("test", new ProgramTemplate { Stores = stores.ToList() }, new Dictionary<PassKind, PassImageSet>(), "hash");
}
