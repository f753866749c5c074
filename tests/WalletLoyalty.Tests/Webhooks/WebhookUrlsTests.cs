using WalletLoyalty.Webhooks;

namespace WalletLoyalty.Tests.Webhooks;

public sealed class WebhookUrlsTests
{
    [Theory]
    [InlineData("https://crm.example.com/hooks", false)]
    [InlineData("https://crm.example.com:8443/hooks?shop=1", false)]
    [InlineData("http://127.0.0.1:5000/hooks", true)]
    public void AnAbsoluteHttpsUrlOrAnAllowedHttpOneIsTaken(string url, bool allowHttp) => Assert.Null(WebhookUrls.Problem(url, allowHttp));

    [Theory]
    [InlineData("http://crm.example.com/hooks", false)]
    [InlineData("ftp://crm.example.com/hooks", true)]
    [InlineData("/hooks", true)]
    [InlineData("", true)]
    [InlineData("https://user:password@crm.example.com/hooks", false)]
    [InlineData("https://crm.example.com/hooks#part", false)]
    public void AnythingElseIsRefusedWithAReason(string url, bool allowHttp) => Assert.NotNull(WebhookUrls.Problem(url, allowHttp));

    [Fact]
    public void AnOverlongUrlIsRefused() => Assert.NotNull(WebhookUrls.Problem("https://crm.example.com/" + new string('a', WebhookUrls.MaxLength), false));
}
