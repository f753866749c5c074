using System.Net.Http.Headers;
using Spectre.Console;
using WalletLoyalty.Cli.Connection;

namespace WalletLoyalty.Cli.Imports;

/// <summary>Sends the file as it is read, then follows the import's progress until it ends.</summary>
public sealed class ImportUpload(HttpClient client)
{
    public const int SomeLinesRefused = 3;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);

    public async Task<int> RunAsync(string program, string kind, FileInfo csv, CancellationToken cancellationToken)
    {
        long id;
        await using (var file = csv.OpenRead())
        {
            using var content = new StreamContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
            using var response = await client.PostAsync($"/api/v1/programs/{Uri.EscapeDataString(program)}/imports?kind={kind}", content, cancellationToken);
            id = (await CommandRun.ReadAsync<StartedImport>(response, cancellationToken)).Id;
        }
        AnsiConsole.MarkupLineInterpolated($"Import {id} of {csv.Name} started.");
        var status = await FollowAsync(id, cancellationToken);
        foreach (var error in status.Errors)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]line {error.Line}[/]: {error.Message}");
        }
        AnsiConsole.MarkupLineInterpolated($"Import {id} {status.Status}: {status.RowsDone} of {status.RowsTotal} rows, {status.Errors.Count} refused.");
        return status.Status switch
        {
            "completed" when status.Errors.Count == 0 => CommandRun.Done,
            "completed" => SomeLinesRefused,
            _ => CommandRun.Failed,
        };
    }

    private async Task<ImportStatus> FollowAsync(long id, CancellationToken cancellationToken)
    {
        ImportStatus status = await StatusAsync(id, cancellationToken);
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            while (status.Status == "running")
            {
                await Task.Delay(PollEvery, cancellationToken);
                status = await StatusAsync(id, cancellationToken);
            }
            return status;
        }
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("rows", maxValue: Math.Max(1, status.RowsTotal));
            while (true)
            {
                task.MaxValue = Math.Max(1, status.RowsTotal);
                task.Value = status.RowsDone;
                if (status.Status != "running")
                {
                    task.StopTask();
                    return;
                }
                await Task.Delay(PollEvery, cancellationToken);
                status = await StatusAsync(id, cancellationToken);
            }
        });
        return status;
    }

    private async Task<ImportStatus> StatusAsync(long id, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync($"/api/v1/imports/{id}", cancellationToken);
        return await CommandRun.ReadAsync<ImportStatus>(response, cancellationToken);
    }

    private sealed record StartedImport(long Id);

    private sealed record ImportStatus(string Status, long RowsDone, long RowsTotal, IReadOnlyList<ImportLineError> Errors);

    private sealed record ImportLineError(long Line, string Message);
}
