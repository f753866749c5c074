using System.CommandLine;
using System.Net.Http.Json;
using Dapper;
using Spectre.Console;
using WalletLoyalty.Access;
using WalletLoyalty.Cli.Connection;
using WalletLoyalty.Data;

namespace WalletLoyalty.Cli.Access;

/// <summary><c>walletloyalty keys create --role admin|marketer|cashier [--program P] [--store S] [--name N] [--quiet]</c></summary>
public static class CreateKeyCommand
{
    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = "admin (every program), marketer (optionally one program) or cashier (one store).", Required = true };
        role.AcceptOnlyFromAmong(Roles.All);
        var program = new Option<string?>("--program") { Description = "The program a marketer or cashier key is bound to." };
        var store = new Option<string?>("--store") { Description = "The store a cashier key is bound to." };
        var name = new Option<string?>("--name") { Description = "What the key is for, e.g. \"Till 1\"; shown in the audit trail." };
        var quiet = new Option<bool>("--quiet") { Description = "Print only the key, for scripts." };
        var target = new Target();
        var command = new Command("create", "Creates an API key and prints it once (it is never stored, only its hash).");
        foreach (var option in new Option[] { role, program, store, name, quiet })
        {
            command.Options.Add(option);
        }
        target.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandRun.GuardAsync(async () =>
        {
            var request = new NewKey(result.GetRequiredValue(role), result.GetValue(program), result.GetValue(store), result.GetValue(name));
            var created = target.IsService(result)
                ? await ThroughServiceAsync(target.ServiceClient(result), request, cancellationToken)
                : await target.OnDatabaseAsync(result, database => OnDatabaseAsync(database, request, cancellationToken), cancellationToken);
            if (result.GetValue(quiet))
            {
                Console.Out.WriteLine(created.Key);
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"Created key [bold]{created.Id}[/] ({created.Role}{Bound(created)}, \"{created.Name}\"). It is shown only now:");
                Console.Out.WriteLine(created.Key);
            }
            return 0;
        }));
        return command;
    }

    private static string Bound(CreatedKey key) =>
        key.StoreId is not null ? $" at {key.ProgramId}/{key.StoreId}" : key.ProgramId is not null ? $" for {key.ProgramId}" : "";

    private static async Task<CreatedKey> OnDatabaseAsync(IDatabase opened, NewKey request, CancellationToken cancellationToken)
    {
        List<string> programs;
        List<KnownStore> stores;
        await using (var connection = await opened.OpenAsync(cancellationToken))
        {
            programs = (await connection.QueryAsync<string>("SELECT id FROM programs")).AsList();
            stores = (await connection.QueryAsync<KnownStore>("SELECT program_id AS ProgramId, id AS StoreId FROM stores")).AsList();
        }
        if (request.Role != Roles.Admin && programs.Count == 0)
        {
            throw new CommandProblem("The database has no programs yet: start the service once (it loads templates/), then create marketer and cashier keys.");
        }
        var binding = NewKeyRules.Check(request.Role, request.Program, request.Store, programs, stores);
        if (!binding.IsValid)
        {
            throw new CommandProblem($"--{OptionOf(binding.Field!)}: {binding.Problem}");
        }
        var (key, secret) = await new ApiKeyStore(opened, TimeProvider.System).CreateAsync(
            request.Role, binding.ProgramId, binding.StoreId, NewKeyRules.NameOf(request.Role, request.Name), CommandRun.Actor, cancellationToken);
        return new CreatedKey(key.Id, secret, key.Role, key.ProgramId, key.StoreId, key.Name);
    }

    private static async Task<CreatedKey> ThroughServiceAsync(HttpClient client, NewKey request, CancellationToken cancellationToken)
    {
        using (client)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/keys",
                new { role = request.Role, programId = request.Program, storeId = request.Store, name = request.Name }, cancellationToken);
            return await CommandRun.ReadAsync<CreatedKey>(response, cancellationToken);
        }
    }

    private static string OptionOf(string field) => field switch
    {
        "programId" => "program",
        "storeId" => "store",
        _ => field,
    };

    private sealed record NewKey(string Role, string? Program, string? Store, string? Name);
}

/// <summary>A key just made, with its secret.</summary>
public sealed record CreatedKey(long Id, string Key, string Role, string? ProgramId, string? StoreId, string Name);
