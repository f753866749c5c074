using System.CommandLine;
using System.Net;
using Spectre.Console;
using WalletLoyalty.Access;
using WalletLoyalty.Cli.Connection;

namespace WalletLoyalty.Cli.Access;

/// <summary><c>walletloyalty keys revoke &lt;id&gt;</c>: the key stops working at once.</summary>
public static class RevokeKeyCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("id") { Description = "The key's id, as `keys list` shows it." };
        var target = new Target();
        var command = new Command("revoke", "Revokes an API key; it is refused from then on.");
        command.Arguments.Add(id);
        target.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRun.GuardAsync(async () =>
        {
            var keyId = result.GetValue(id);
            bool revoked;
            if (target.IsService(result))
            {
                using var client = target.ServiceClient(result);
                using var response = await client.DeleteAsync($"/api/v1/keys/{keyId}", cancellationToken);
                revoked = response.StatusCode != HttpStatusCode.NotFound;
                if (revoked)
                {
                    await CommandRun.EnsureSuccessAsync(response, cancellationToken);
                }
            }
            else
            {
                revoked = await target.OnDatabaseAsync(result, database =>
                    new ApiKeyStore(database, TimeProvider.System).RevokeAsync(keyId, CommandRun.Actor, cancellationToken), cancellationToken);
            }
            if (!revoked)
            {
                throw new CommandProblem($"no active key {keyId}");
            }
            AnsiConsole.MarkupLineInterpolated($"Key {keyId} revoked.");
            return CommandRun.Done;
        }));
        return command;
    }
}
