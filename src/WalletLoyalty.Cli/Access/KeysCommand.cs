using System.CommandLine;
using WalletLoyalty.Cli.Connection;

namespace WalletLoyalty.Cli.Access;

/// <summary><c>walletloyalty keys create|list|revoke</c>: API keys, the first admin's included.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var keys = new Command("keys", "Creates, lists and revokes API keys, on the database directly (a first admin) or through a running service.");
        keys.Subcommands.Add(CreateKeyCommand.Create());
        keys.Subcommands.Add(ListKeysCommand.Create());
        keys.Subcommands.Add(RevokeKeyCommand.Create());
        return keys;
    }
}
