using System.CommandLine;
using WalletLoyalty.Cli.Access;
using WalletLoyalty.Cli.Exports;
using WalletLoyalty.Cli.Imports;
using WalletLoyalty.Cli.Storage;

var root = new RootCommand("WalletLoyalty's commands for operators.");
root.Subcommands.Add(KeysCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(StorageCommand.Create());
return await root.Parse(args).InvokeAsync();
