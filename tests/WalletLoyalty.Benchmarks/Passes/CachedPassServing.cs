using WalletLoyalty.Benchmarks.Harness;
using WalletLoyalty.Wallets.Apple;

namespace WalletLoyalty.Benchmarks.Passes;

/// <summary>
/// A pass whose version has not changed, asked for again and again through <see cref="ApplePassIssuer"/>:
/// it is signed once and then served from <see cref="SignedPassCache"/>.
/// </summary>
public static class CachedPassServing
{
    public static Probe Probe(SamplePassSetup setup, SignedPassCache cache, int threads)
    {
        var issuer = new ApplePassIssuer(setup.Packager, cache, setup.Programs);
        var pass = SamplePassSetup.StoredStoreCard("CACHED0000000000001");
        var first = issuer.Issue(pass, SamplePassSetup.WebServiceUrl);
        return new ThreadedProbe("served from cache (unchanged version)", threads, () => () =>
        {
            if (!ReferenceEquals(issuer.Issue(pass, SamplePassSetup.WebServiceUrl), first))
            {
                throw new InvalidOperationException("an unchanged pass version was signed again instead of served from cache");
            }
        });
    }
}
