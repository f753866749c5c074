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
        export.Subcommands.Add(MemberCommand());
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

    private static Command MemberCommand()
    {
        var member = new Argument<long>("member-id") { Description = "The member's id, as the members search answers it." };
        var program = new Option<string>("--program") { Description = "The member's program.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "The file to write (default: standard output)." };
        var target = new Target();
        var command = new Command("member", "Everything held about one member (profile, consents, ledger, coupons, devices, messages), as JSON for a data request.");
        command.Arguments.Add(member);
        command.Options.Add(program);
        command.Options.Add(output);
        target.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRun.GuardAsync(() =>
            ServiceDownload.ToFileAsync(target, result,
                $"/api/v1/programs/{Uri.EscapeDataString(result.GetValue(program)!)}/members/{result.GetValue(member)}/export", result.GetValue(output), cancellationToken)));
        return command;
    }
}
