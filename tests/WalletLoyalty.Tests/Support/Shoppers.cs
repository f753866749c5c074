namespace WalletLoyalty.Tests.Support;

public static class Shoppers
{
    /// <summary>Joins the demo program as a shopper would and returns the pass and the code the till scans.</summary>
    public static async Task<(PkPassFile Pass, string Code)> JoinAsync(ServiceHost service, string name = "Alex")
    {
        var pass = await new AppleDevice(service.Client).AddFromJoinLinkAsync("/join/demo/apple?name=" + name);
        var code = pass.PassJson.GetProperty("barcodes")[0].GetProperty("message").GetString()!;
        return (pass, code);
    }
}
