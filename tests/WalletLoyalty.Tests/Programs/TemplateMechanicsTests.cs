using WalletLoyalty.Configuration;
using WalletLoyalty.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Programs;

/// <summary>mechanics.json beside program.json: optional, and checked like the rest of the template.</summary>
public sealed class TemplateMechanicsTests
{
    [Fact]
    public void AProgramWithoutAMechanicsFileLoads()
    {
        using var folder = new TemplateFolder(withMechanics: false);

        Assert.NotNull(ProgramCatalog.Load(folder.Templates).Find("demo")!.Template.Mechanics);
    }

    [Fact]
    public void AnUnknownMechanicIsRefusedAtStartNamingTheFile()
    {
        using var folder = new TemplateFolder();
        folder.Write("mechanics.json", """{ "lottery": { "odds": 3 } }""");

        var problem = Assert.Throws<ConfigurationProblemException>(() => ProgramCatalog.Load(folder.Templates));

        Assert.Contains(problem.Problems, p => p.StartsWith("templates/demo/mechanics.json:", StringComparison.Ordinal) && p.Contains("lottery", StringComparison.Ordinal));
    }
}
