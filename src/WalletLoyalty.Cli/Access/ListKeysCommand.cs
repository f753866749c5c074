using System.CommandLine;
using Spectre.Console;
using WalletLoyalty.Access;
using WalletLoyalty.Cli.Connection;

namespace WalletLoyalty.Cli.Access;

/// <summary><c>walletloyalty keys list</c>: every key with its binding and whether it is revoked; never a secret.</summary>
public static class ListKeysCommand
{
    public static Command Create()
    {
        var target = new Target();
        var command = new Command("list", "Lists the API keys (ids, roles, bindings, names; never the keys themselves).");
        target.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRun.GuardAsync(async () =>
        {
            IReadOnlyList<ListedKey> keys;
            if (target.IsService(result))
            {
                using var client = target.ServiceClient(result);
                using var response = await client.GetAsync("/api/v1/keys", cancellationToken);
                keys = await CommandRun.ReadAsync<List<ListedKey>>(response, cancellationToken);
            }
            else
            {
                keys = await target.OnDatabaseAsync(result, async database =>
                    (await new ApiKeyStore(database, TimeProvider.System).ListAsync(cancellationToken))
                        .Select(k => new ListedKey(k.Id, k.Role, k.ProgramId, k.StoreId, k.Name, k.CreatedAt, k.RevokedAt)).ToList(), cancellationToken);
            }
            var table = new Table().AddColumns("Id", "Role", "Program", "Store", "Name", "Created", "Revoked");
            foreach (var key in keys)
            {
                table.AddRow(key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), key.Role, key.ProgramId ?? "", key.StoreId ?? "",
                    Markup.Escape(key.Name), key.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
                    key.RevokedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
            AnsiConsole.Write(table);
            return CommandRun.Done;
        }));
        return command;
    }

    private sealed record ListedKey(long Id, string Role, string? ProgramId, string? StoreId, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
}
