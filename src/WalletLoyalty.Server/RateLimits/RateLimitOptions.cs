using WalletLoyalty.Configuration;

namespace WalletLoyalty.Server.RateLimits;

/// <summary>
/// The abuse limits (section <c>RateLimits</c>): how many requests each partition may make per window, and
/// how many devices one pass may be registered on. Limits are counted per node.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Members one client address may enrol (Apple or Google) per window. A shop's Wi-Fi is one address.</summary>
    public RateLimit Joins { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Registrations and unregistrations of one pass (by serial number) per window.</summary>
    public RateLimit AppleRegistrations { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromHours(1) };

    /// <summary>Apple Wallet's <c>/log</c> posts per client address per window.</summary>
    public RateLimit AppleLog { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Card lookups per cashier key per window: member numbers can be guessed.</summary>
    public RateLimit TillLookups { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Google Wallet callbacks per client address per window.</summary>
    public RateLimit GoogleCallbacks { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Devices one pass may be registered on; a further device evicts the one registered longest ago.</summary>
    public int DevicesPerPass { get; set; } = 5;

    /// <summary>Each policy by the name of its section, which is also the policy's name.</summary>
    public IEnumerable<(string Name, RateLimit Limit)> Policies =>
    [
        (nameof(Joins), Joins), (nameof(AppleRegistrations), AppleRegistrations), (nameof(AppleLog), AppleLog),
        (nameof(TillLookups), TillLookups), (nameof(GoogleCallbacks), GoogleCallbacks),
    ];

    public static void Check(RateLimitOptions options)
    {
        var problems = new List<string>();
        foreach (var (name, limit) in options.Policies)
        {
            if (limit.PermitLimit < 1)
            {
                problems.Add($"{Section}:{name}:PermitLimit: {limit.PermitLimit} must be at least 1, e.g. 30");
            }
            if (limit.Window <= TimeSpan.Zero)
            {
                problems.Add($"{Section}:{name}:Window: {limit.Window} must be longer than zero, e.g. 00:10:00 for ten minutes");
            }
        }
        if (options.DevicesPerPass < 1)
        {
            problems.Add($"{Section}:DevicesPerPass: {options.DevicesPerPass} must be at least 1, e.g. 5");
        }
        if (problems.Count > 0)
        {
            throw new ConfigurationProblemException(problems);
        }
    }
}

/// <summary>A fixed window: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> and partition.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    /// <summary>The window's length, e.g. "00:10:00".</summary>
    public TimeSpan Window { get; set; }
}
