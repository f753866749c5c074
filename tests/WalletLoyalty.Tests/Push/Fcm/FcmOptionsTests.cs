using WalletLoyalty.Push.Fcm;
using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Tests.Push.Fcm;

public sealed class FcmOptionsTests
{
    private static readonly GoogleOptions Google = new() { ServiceAccountKeyPath = "keys/wallet.json" };

    [Fact]
    public void Without_its_own_key_FCM_uses_the_Google_key_and_names_that_setting()
    {
        var resolved = new FcmOptions().ResolveServiceAccountKeyPath(Google);

        Assert.Equal(("keys/wallet.json", "Google:ServiceAccountKeyPath"), resolved);
    }

    [Fact]
    public void FCMs_own_key_wins_when_set()
    {
        var resolved = new FcmOptions { ServiceAccountKeyPath = "keys/firebase.json" }.ResolveServiceAccountKeyPath(Google);

        Assert.Equal(("keys/firebase.json", "Fcm:ServiceAccountKeyPath"), resolved);
    }
}
