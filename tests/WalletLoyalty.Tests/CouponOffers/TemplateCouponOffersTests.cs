using WalletLoyalty.Configuration;
using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.CouponOffers;

/// <summary>mechanics.couponOffers is checked at start: a pattern with room for its codes, dates in order, stores of the program.</summary>
public sealed class TemplateCouponOffersTests
{
    private static IReadOnlyList<string> ProblemsOf(string offers)
    {
        using var folder = new TemplateFolder();
        folder.Write("mechanics.json", $$"""{ "couponOffers": [{{offers}}] }""");
        return Assert.Throws<ConfigurationProblemException>(() => ProgramCatalog.Load(folder.Templates)).Problems;
    }

    [Fact]
    public void TheDemosFlyerCouponLoads()
    {
        var offer = Assert.Single(ProgramCatalog.Load(RepositoryPaths.Templates).Find("demo")!.Template.Mechanics.CouponOffers!);

        Assert.Equal("CAKE10", offer.Code);
        Assert.Equal(["maple-street"], offer.Stores);
    }

    [Fact]
    public void AProgramWithoutTheSectionHasNoOffers()
    {
        using var folder = new TemplateFolder(withMechanics: false);

        Assert.Null(ProgramCatalog.Load(folder.Templates).Find("demo")!.Template.Mechanics.CouponOffers);
    }

    [Fact]
    public void APatternNeedsTenTimesAsManyPossibleCodesAsItsCount() =>
        Assert.Contains("templates/demo: mechanics.couponOffers.bake.pattern needs more '#': 500 codes need at least 10 times as many possible codes (each '#' is a digit)",
            ProblemsOf("""{ "id": "bake", "title": "Roll", "pattern": "BAKE-###", "count": 500 }"""));

    [Fact]
    public void DatesOutOfOrderAnUnknownStoreAndACodeWithAPatternAreEachNamed()
    {
        var problems = ProblemsOf("""
            { "id": "cake", "title": "Cake", "code": "CAKE", "pattern": "CAKE-####", "count": 5, "validFrom": "2027-02-01", "validTo": "2027-01-31", "stores": ["moon"] }
            """);

        Assert.Contains("templates/demo: mechanics.couponOffers.cake.validFrom must not be after validTo", problems);
        Assert.Contains("templates/demo: mechanics.couponOffers.cake.stores: 'moon' is not a store of this program", problems);
        Assert.Contains(problems, p => p.Contains("mechanics.couponOffers.cake needs either a code", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoOffersWithOneCodeAndAnUnreadableDateAreRefused()
    {
        var problems = ProblemsOf("""
            { "id": "a", "title": "A", "code": "SAME" }, { "id": "b", "title": "B", "code": "same", "validTo": "31.01.2027" }
            """);

        Assert.Contains("templates/demo: mechanics.couponOffers: shared codes must be unique (case does not count)", problems);
        Assert.Contains("templates/demo: mechanics.couponOffers.b.validTo must be a date as yyyy-MM-dd", problems);
    }
}
