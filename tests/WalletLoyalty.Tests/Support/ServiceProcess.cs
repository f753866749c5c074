using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WalletLoyalty.Tests.Support;

/// <summary>The service as its own OS process, so a test can kill it the hard way and start it again.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly string[] ListeningVariables =
        ["Urls", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "DOTNET_HTTP_PORTS", "DOTNET_HTTPS_PORTS"];

    private readonly Process _process;

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static Task<ServiceProcess> StartAsync(Dictionary<string, string?> settings) =>
        StartAsync(settings, (start, port) => start.Environment["Urls"] = $"http://127.0.0.1:{port}");

    /// <summary>
    /// Starts the service on a free port that <paramref name="listenOn"/> names to it (an environment variable or an
    /// argument). The settings' <c>Urls</c> and any listening variables this process inherited are left out.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(Dictionary<string, string?> settings, Action<ProcessStartInfo, int> listenOn)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "WalletLoyalty.Server.dll"));
        foreach (var inherited in ListeningVariables)
        {
            start.Environment.Remove(inherited);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = ServiceHost.DefaultEnvironment;
        foreach (var (key, value) in settings.Where(s => !string.Equals(s.Key, "Urls", StringComparison.OrdinalIgnoreCase)))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? "";
        }
        listenOn(start, port);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The service process did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await service.WaitUntilHealthyAsync();
        return service;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing beyond what the database already committed.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.TrueAsync(async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {_process.ExitCode} before it was healthy");
            }
            try
            {
                return (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the timeout.
                return false;
            }
        }, "the service answers /health", TimeSpan.FromSeconds(60));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }
}
