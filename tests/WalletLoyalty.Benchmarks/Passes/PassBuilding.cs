using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Passes;

/// <summary>
/// Whole signed .pkpass files built through <see cref="Wallets.Apple.IPassPackager"/>, each with a serial
/// number of its own so nothing could be served from a cache; and, to tell the costs apart, the CMS
/// signature of a manifest alone.
/// </summary>
public static class PassBuilding
{
    private static long _serial;

    public static Probe SignedPasses(SamplePassSetup setup, int threads) =>
        new ThreadedProbe("signed .pkpass built", threads, () => () =>
        {
            var serial = "BENCH" + Interlocked.Increment(ref _serial).ToString("D15", CultureInfo.InvariantCulture);
            setup.Packager.Package(setup.StoreCard(serial));
        });

    public static Probe ManifestSignatures(SamplePassSetup setup, int threads) =>
        new ThreadedProbe("CMS signature of manifest (PassSigner.Sign)", threads, () =>
        {
            var manifest = Encoding.UTF8.GetBytes(new string('x', 700));
            return () => setup.Signer.Sign(manifest);
        });
}
