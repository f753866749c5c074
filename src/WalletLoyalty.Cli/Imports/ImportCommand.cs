using System.CommandLine;
using WalletLoyalty.Cli.Connection;

namespace WalletLoyalty.Cli.Imports;

/// <summary><c>walletloyalty import members|purchases &lt;file.csv&gt; --program P --url U --key K</c></summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Imports members or purchases from a CSV file (docs/import.md) into a running service, with live progress.");
        foreach (var kind in new[] { "members", "purchases" })
        {
            import.Subcommands.Add(KindCommand(kind));
        }
        return import;
    }

    private static Command KindCommand(string kind)
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file, UTF-8 with a header row." };
        var program = new Option<string>("--program") { Description = "The program the rows belong to.", Required = true };
        var target = new Target();
        var command = new Command(kind, $"Imports {kind}; running the same file again changes nothing.");
        command.Arguments.Add(file);
        command.Options.Add(program);
        target.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRun.GuardAsync(async () =>
        {
            var csv = result.GetValue(file)!;
            if (!csv.Exists)
            {
                throw new CommandProblem($"no file {csv.FullName}");
            }
            if (!target.IsService(result))
            {
                throw new CommandProblem("import works through a running service: pass --url and --key (the service resumes an import after a restart).");
            }
            using var client = target.ServiceClient(result);
            var outcome = await new ImportUpload(client).RunAsync(result.GetRequiredValue(program), kind, csv, cancellationToken);
            return outcome;
        }));
        return command;
    }
}
