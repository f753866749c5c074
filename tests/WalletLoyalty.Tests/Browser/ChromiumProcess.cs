using System.Diagnostics;

namespace WalletLoyalty.Tests.Browser;

/// <summary>A headless Chromium process, its throwaway profile and the DevTools endpoint it opened.</summary>
internal sealed class ChromiumProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process process;
    private readonly RecentOutputLines output = new(capacity: 40);

    private ChromiumProcess(Process process, DirectoryInfo workDirectory)
    {
        this.process = process;
        WorkDirectory = workDirectory;
    }

    public Uri DevToolsEndpoint { get; private set; } = null!;

    /// <summary>Holds the profile and everything else Chromium writes; deleted on dispose.</summary>
    public DirectoryInfo WorkDirectory { get; }

    public static async Task<ChromiumProcess> StartAsync(string executablePath)
    {
        var workDirectory = Directory.CreateTempSubdirectory("headless-chromium-");
        var chromium = new ChromiumProcess(
            new Process { StartInfo = ChromiumCommandLine.Create(executablePath, workDirectory) }, workDirectory);
        try
        {
            chromium.Start();
            chromium.DevToolsEndpoint = await chromium.WaitForDevToolsEndpointAsync();
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (IsRunning())
            {
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(ExitTimeout);
                await process.WaitForExitAsync(timeout.Token);
            }

            await ProcessCommandLines.KillAllContainingAsync(WorkDirectory.FullName, ExitTimeout);
        }
        finally
        {
            process.Dispose();
            await DeleteWorkDirectoryAsync();
        }
    }

    private void Start()
    {
        process.OutputDataReceived += (_, line) => output.Add(line.Data);
        process.ErrorDataReceived += (_, line) => output.Add(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private bool IsRunning()
    {
        try
        {
            return !process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return false; // never started
        }
    }

    private async Task<Uri> WaitForDevToolsEndpointAsync()
    {
        var portFile = Path.Combine(ChromiumCommandLine.UserDataDirectory(WorkDirectory), "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartupTimeout)
        {
            if (DevToolsActivePort.TryRead(portFile) is { } endpoint)
            {
                return endpoint;
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Chromium exited with code {process.ExitCode} before opening DevTools.{OutputReport()}");
            }

            await Task.Delay(PollInterval);
        }

        throw new TimeoutException(
            $"Chromium did not write {portFile} within {StartupTimeout.TotalSeconds} s.{OutputReport()}");
    }

    private string OutputReport() => $" Its output:{Environment.NewLine}{output}";

    private async Task DeleteWorkDirectoryAsync()
    {
        // Killed processes can still be releasing files here for a moment.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                WorkDirectory.Refresh();
                if (WorkDirectory.Exists)
                {
                    WorkDirectory.Delete(recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 20)
            {
                await Task.Delay(PollInterval);
            }
        }
    }
}
