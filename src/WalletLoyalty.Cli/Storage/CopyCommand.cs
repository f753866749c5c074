using System.CommandLine;
using Spectre.Console;

namespace WalletLoyalty.Cli.Storage;

/// <summary><c>walletloyalty storage copy --from-sqlite &lt;path&gt; --to-postgres "&lt;connection string&gt;"</c></summary>
public static class CopyCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from-sqlite")
        {
            Description = "The shop's SQLite database file (opened read-only).",
            Required = true,
        };
        var to = new Option<string>("--to-postgres")
        {
            Description = "An Npgsql connection string to an empty PostgreSQL database, e.g. \"Host=db;Database=walletloyalty;Username=walletloyalty;Password=…\".",
            Required = true,
        };
        var copy = new Command("copy", "Copies a SQLite database into an empty PostgreSQL database in one transaction, and commits only if the checks agree.");
        copy.Options.Add(from);
        copy.Options.Add(to);
        copy.SetAction((result, cancellationToken) =>
            new StorageCopy(AnsiConsole.Console, new CopyVerifier())
                .RunAsync(new CopyRequest(result.GetRequiredValue(from), result.GetRequiredValue(to)), cancellationToken));
        return copy;
    }
}
