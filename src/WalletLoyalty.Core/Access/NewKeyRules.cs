namespace WalletLoyalty.Access;

/// <summary>A store as a key may be bound to it.</summary>
public sealed record KnownStore(string ProgramId, string StoreId);

/// <summary>What a new key is bound to once its request is checked, or the field that is wrong and why.</summary>
public sealed record NewKeyBinding(string? ProgramId, string? StoreId, string? Field = null, string? Problem = null)
{
    public bool IsValid => Field is null;
}

/// <summary>
/// The rules for a new key, the same for the API and the command line: admin keys for every program, marketer
/// keys optionally bound to one, cashier keys bound to one store (and so to its program).
/// </summary>
public static class NewKeyRules
{
    public static NewKeyBinding Check(string? role, string? programId, string? storeId, IReadOnlyCollection<string> programs, IReadOnlyCollection<KnownStore> stores)
    {
        if (role is null || !Roles.All.Contains(role))
        {
            return Invalid("role", $"must be one of: {string.Join(", ", Roles.All)}");
        }
        if (role == Roles.Admin && programId is not null)
        {
            // An admin makes keys for every program, unbound admin keys included, so binding one would restrict nothing.
            return Invalid("programId", "admin keys are for every program; bind a marketer or cashier key to a program instead");
        }
        if (programId is not null && !programs.Contains(programId))
        {
            return Invalid("programId", $"no program '{programId}'");
        }
        if (role != Roles.Cashier)
        {
            return storeId is null ? new NewKeyBinding(programId, null) : Invalid("storeId", "only cashier keys are bound to a store");
        }
        var matches = stores.Where(s => s.StoreId == storeId && (programId is null || s.ProgramId == programId)).ToList();
        return matches.Count == 1
            ? new NewKeyBinding(matches[0].ProgramId, storeId)
            : Invalid("storeId", matches.Count == 0
                ? "a cashier key needs the id of an existing store (see the program's template)"
                : "that store id exists in several programs; give programId too");
    }

    /// <summary>The key's name as stored: trimmed, at most 80 characters, the role when none is given.</summary>
    public static string NameOf(string role, string? name) =>
        string.IsNullOrWhiteSpace(name) ? role : name.Trim()[..Math.Min(name.Trim().Length, 80)];

    private static NewKeyBinding Invalid(string field, string problem) => new(null, null, field, problem);
}
