using System.CommandLine;
using WalletLoyalty.Cli.Connection;

namespace WalletLoyalty.Cli.Exports;

/// <summary><c>walletloyalty export links|member …</c>: what the service holds, as files for other tools.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var export = new Command("export", "Exports from a running service: an import's personal join links (CSV), everything held about a member (JSON).");
        export.Subcommands.Add(LinksCommand());
        return export;
    }

    private static Command LinksCommand()
    {
        var import = new Option<long>("--import") { Description = "The import whose members' personal join links to export.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "The file to write (default: standard output)." };
        var target = new Target();
        var command = new Command("links", "The personal join links of an import's members, as CSV for an e-mail or SMS tool.");
        command.Options.Add(import);
        command.Options.Add(output);
        target.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRun.GuardAsync(() =>
            ServiceDownload.ToFileAsync(target, result, $"/api/v1/imports/{result.GetValue(import)}/links.csv", result.GetValue(output), cancellationToken)));
        return command;
    }
}
