using System.CommandLine;

namespace WalletLoyalty.Cli.Storage;

public static class StorageCommand
{
    public static Command Create()
    {
        var storage = new Command("storage", "Moves a shop's data between databases.");
        storage.Subcommands.Add(CopyCommand.Create());
        return storage;
    }
}
