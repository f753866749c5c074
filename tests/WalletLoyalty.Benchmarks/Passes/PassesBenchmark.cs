using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Benchmarks.Passes;

/// <summary>
/// Signed passes per second on one thread and on all cores, against the raw RSA-2048 signing rate of the
/// same machine in the same run, and the rate of passes served from cache.
/// </summary>
public sealed class PassesBenchmark : IBenchmark
{
    public string Name => "passes";
    public string Description => "signed .pkpass builds/s on 1 thread and all cores vs raw RSA-2048 signs/s; cached serving";

    public Task<int> RunAsync(BenchmarkOptions options)
    {
        var cores = Environment.ProcessorCount;
        var setup = new SamplePassSetup();
        using var cache = new SignedPassCache();
        var openSslCommand = OpenSslSpeed.Version();

        var rawOne = RawRsaSigning.Probe(setup.Credentials, 1);
        var rawAll = RawRsaSigning.Probe(setup.Credentials, cores);
        var openSsl = openSslCommand is null ? null : OpenSslSpeed.Probe();
        var passesOne = PassBuilding.SignedPasses(setup, 1);
        var passesAll = PassBuilding.SignedPasses(setup, cores);
        List<Probe> signing =
        [
            .. openSsl is null ? [] : new[] { openSsl }, rawOne, rawAll,
            PassBuilding.ManifestSignatures(setup, 1),
            passesOne, passesAll,
        ];
        List<Probe> cached = [CachedPassServing.Probe(setup, cache, 1), CachedPassServing.Probe(setup, cache, cores)];
        List<Probe> measured = [.. signing, .. cached];
        var results = ThroughputRunner.Measure(measured, options, line => Console.Error.WriteLine(line));
        ProbeResult ResultOf(Probe probe) => results[measured.FindIndex(p => ReferenceEquals(p, probe))];

        var report = new PassesReport(
            MachineInfo.Describe(TimeProvider.System), openSslCommand, options,
            signing.Select(ResultOf).ToList(), cached.Select(ResultOf).ToList(),
            ResultOf(rawOne), ResultOf(rawAll), openSsl is null ? null : ResultOf(openSsl),
            ResultOf(passesOne), ResultOf(passesAll));
        var markdown = report.ToMarkdown();
        Console.WriteLine(markdown);
        if (options.WritePath is { } path)
        {
            MarkdownSection.Write(path, Name, markdown);
            Console.Error.WriteLine($"wrote the '{Name}' section of {path}");
        }
        return Task.FromResult(0);
    }
}
