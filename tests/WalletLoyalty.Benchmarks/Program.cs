using WalletLoyalty.Benchmarks.Campaigns;

if (args is [CampaignBenchmark.Name, ..])
{
    return await CampaignBenchmark.RunAsync(args[1..]);
}
Console.WriteLine("benchmarks: campaign [--members N] [--batch N] [--coupon]");
return 2;
