using System.CommandLine;
using WalletLoyalty.Cli.Connection;

namespace WalletLoyalty.Cli.Exports;

/// <summary>Streams an answer of the service to a file or to standard output, never holding it in memory.</summary>
public static class ServiceDownload
{
    public static async Task<int> ToFileAsync(Target target, ParseResult result, string path, FileInfo? output, CancellationToken cancellationToken)
    {
        if (!target.IsService(result))
        {
            throw new CommandProblem("export works through a running service: pass --url and --key.");
        }
        using var client = target.ServiceClient(result);
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await CommandRun.EnsureSuccessAsync(response, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        if (output is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await body.CopyToAsync(stdout, cancellationToken);
            return CommandRun.Done;
        }
        await using (var file = output.Create())
        {
            await body.CopyToAsync(file, cancellationToken);
        }
        Console.Error.WriteLine($"Wrote {output.FullName}");
        return CommandRun.Done;
    }
}
