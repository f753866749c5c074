using WalletLoyalty.Passes;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>Serves a stored pass as a signed .pkpass, from cache when its version was signed before.</summary>
public sealed class ApplePassIssuer(IPassPackager packager, SignedPassCache cache, ProgramCatalog programs)
{
    /// <param name="publicBaseUrl">Where the card's consent link points; null leaves the link off.</param>
    public byte[] Issue(PassView pass, string webServiceUrl, string? publicBaseUrl = null)
    {
        var program = programs.Find(pass.ProgramId)
            ?? throw new InvalidOperationException($"Program '{pass.ProgramId}' has a pass but no template");
        // Voided follows the coupon's status, which can change without a new version of the pass.
        return cache.GetOrAdd(pass.SerialNumber, pass.Version, webServiceUrl + "|" + publicBaseUrl + "|" + program.TemplateHash + (pass.Voided ? "|voided" : ""),
            () => packager.Package(PassContentFactory.Create(pass, program, webServiceUrl, publicBaseUrl)));
    }
}
