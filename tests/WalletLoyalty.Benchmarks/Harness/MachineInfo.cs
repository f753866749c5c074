using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>What the figures were measured on, for the report.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string OperatingSystem, string Runtime, string OpenSslLibrary, DateTimeOffset MeasuredAt)
{
    public static MachineInfo Describe(TimeProvider time) => new(
        CpuModel(),
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC)",
        OpenSslLibraryVersion(),
        time.GetUtcNow());

    private static string CpuModel()
    {
        const string File = "/proc/cpuinfo";
        if (!System.IO.File.Exists(File))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
        var line = System.IO.File.ReadLines(File).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    /// <summary>The OpenSSL library .NET signs with, which may differ from the openssl command's.</summary>
    private static string OpenSslLibraryVersion()
    {
        if (!System.OperatingSystem.IsLinux())
        {
            return "not used on this platform";
        }
        // OPENSSL_VERSION_NUMBER layout: 0xMNN00PP0L (3.x) — major, minor, patch.
        var number = SafeEvpPKeyHandle.OpenSslVersion;
        return $"{(number >> 28) & 0xF}.{(number >> 20) & 0xFF}.{(number >> 4) & 0xFF}";
    }
}
