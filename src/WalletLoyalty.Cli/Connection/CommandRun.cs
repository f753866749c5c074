using System.Net.Http.Json;
using System.Text.Json;
using Spectre.Console;
using WalletLoyalty.Audit;

namespace WalletLoyalty.Cli.Connection;

/// <summary>What every command shares: how it names itself in the audit trail, and how it reports a failure.</summary>
public static class CommandRun
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int Refused = 2;

    /// <summary>Changes made on the database directly are audited as made by the operator at the command line.</summary>
    public static readonly Actor Actor = new(0, "command line");

    /// <summary>Runs a command; a mistake the operator can fix is one line on stderr and exit code 2, an unreachable service 1.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (CommandProblem problem)
        {
            Console.Error.WriteLine("walletloyalty: " + problem.Message);
            return Refused;
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine("walletloyalty: the service did not answer: " + exception.Message);
            return Failed;
        }
    }

    /// <summary>Turns a refused request's ProblemDetails into a CommandProblem naming what the service said.</summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var message = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        try
        {
            using var problem = JsonDocument.Parse(text);
            var root = problem.RootElement;
            message += root.TryGetProperty("title", out var title) ? $": {title.GetString()}" : "";
            message += root.TryGetProperty("detail", out var detail) ? $" — {detail.GetString()}" : "";
            if (root.TryGetProperty("errors", out var errors))
            {
                message += " — " + string.Join("; ", errors.EnumerateObject().Select(e => $"{e.Name}: {string.Join(", ", e.Value.EnumerateArray().Select(v => v.GetString()))}"));
            }
        }
        catch (JsonException)
        {
        }
        throw new CommandProblem(message);
    }

    /// <summary>Reads a JSON answer after <see cref="EnsureSuccessAsync"/>.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken))!;
    }

    public static void Warn(string message) => AnsiConsole.Console.MarkupLineInterpolated($"[yellow]{message}[/]");
}
