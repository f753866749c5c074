using WalletLoyalty.Passes;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>Turns pass content into a signed .pkpass. A packaging library can take this place later.</summary>
public interface IPassPackager
{
    byte[] Package(PassContent pass);
}
