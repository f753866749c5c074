using Microsoft.Extensions.Configuration;
using WalletLoyalty.Configuration;
using WalletLoyalty.Server.Hosting;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Storage;

/// <summary>A start with storage settings that cannot work stops before listening, naming the setting to fix.</summary>
public sealed class StorageConfigurationTests
{
    private static ConfigurationProblemException StartWith(Action<Dictionary<string, string?>> change)
    {
        var settings = SampleSettings.For(Directory.CreateTempSubdirectory("storage-config-").FullName);
        change(settings);
        var refusal = Assert.ThrowsAny<Exception>(() => WalletLoyaltyApp.Build(["--environment", "Development"], builder => builder.Configuration.AddInMemoryCollection(settings)));
        return Assert.IsType<ConfigurationProblemException>(refusal);
    }

    [Fact]
    public void PostgresWithoutAConnectionStringNamesTheMissingSetting()
    {
        var problem = StartWith(s =>
        {
            s["Storage:Provider"] = "postgres";
            s["Storage:ConnectionString"] = "";
        });

        Assert.Contains(problem.Problems, p => p.StartsWith("Storage:ConnectionString: missing", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownProviderIsRefusedWithTheChoices()
    {
        var problem = StartWith(s => s["Storage:Provider"] = "litedb");

        Assert.Contains(problem.Problems, p => p.StartsWith("Storage:Provider", StringComparison.Ordinal) && p.Contains("'postgres'", StringComparison.Ordinal));
    }

    [Fact]
    public void APostgresThatDoesNotAnswerIsNamedWithItsAddress()
    {
        var problem = StartWith(s =>
        {
            s["Storage:Provider"] = "postgres";
            // Port 1 on loopback: nothing listens there, so the connection is refused at once.
            s["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=walletloyalty;Username=walletloyalty;Timeout=3";
        });

        var message = Assert.Single(problem.Problems);
        Assert.StartsWith("Storage:ConnectionString: cannot open PostgreSQL database 'walletloyalty' on 127.0.0.1:1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConnectionStringThatIsNotOneIsRefused()
    {
        var problem = StartWith(s =>
        {
            s["Storage:Provider"] = "postgres";
            s["Storage:ConnectionString"] = "Hots=db;Databse=x";
        });

        Assert.Contains(problem.Problems, p => p.StartsWith("Storage:ConnectionString: not an Npgsql connection string", StringComparison.Ordinal));
    }
}
