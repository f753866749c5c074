using System.Net;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Programs;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Programs;

public sealed class ProgramThemeTests
{
    [Fact]
    public void TheProgramsColoursBecomeCustomProperties()
    {
        var css = ProgramTheme.Css(new PassColors { Background = "rgb(84, 46, 27)", Foreground = "#fff", Label = "rgba(1,2,3,0.5)" });

        Assert.Contains("--brand: rgb(84, 46, 27);", css);
        Assert.Contains("--on-brand: #fff;", css);
        Assert.Contains("--accent: rgba(1,2,3,0.5);", css);
    }

    [Fact]
    public void AValueThatIsNotAColourNeverBecomesCss()
    {
        var css = ProgramTheme.Css(new PassColors { Background = "red; } body { display: none", Foreground = "url(https://example.com/x)" });

        Assert.DoesNotContain("display", css);
        Assert.DoesNotContain("url(", css);
        Assert.Contains("--brand: #ffffff;", css);
    }
}

[Trait("Category", "Database")]
public sealed class ProgramThemeApiTests
{
    [Fact]
    public async Task AProgramsThemeIsServedAsCssAndAnUnknownProgramHasNone()
    {
        await using var service = await ServiceHost.StartAsync();

        using var theme = await service.Client.GetAsync("/programs/demo/theme.css");
        using var unknown = await service.Client.GetAsync("/programs/nope/theme.css");

        Assert.Equal("text/css", theme.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--brand: rgb(84, 46, 27);", await theme.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
