using WalletLoyalty.Configuration;
using WalletLoyalty.Server.Hosting;

try
{
    var app = WalletLoyaltyApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (ConfigurationProblemException problem)
{
    await Console.Error.WriteLineAsync(problem.Message);
    return 1;
}
