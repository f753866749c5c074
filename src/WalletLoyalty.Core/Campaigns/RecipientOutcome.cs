namespace WalletLoyalty.Campaigns;

/// <summary>What one batch did for one member, per channel: "sent", skipped for "cap", "quota" or "consent", or null (channel not used).</summary>
public sealed record RecipientOutcome
{
    public const string Sent = "sent";
    public const string Cap = "cap";
    public const string Quota = "quota";
    public const string QuietHours = "quietHours";

    /// <summary>The member withdrew their marketing consent after the run selected them.</summary>
    public const string Consent = "consent";

    public long MemberId { get; init; }
    public string? Apple { get; init; }
    public string? Google { get; init; }
    public string? App { get; init; }

    public bool Messaged => Apple == Sent || Google == Sent || App == Sent;

    /// <summary>What the member gets on each channel they can be reached on; skipped (e.g. for the cap) on all of them when a reason is given.</summary>
    public static RecipientOutcome For(long memberId, ChannelTargets targets, string? skipped)
    {
        var apple = targets.Apple.Contains(memberId) ? Sent : null;
        var googleObjects = targets.Google[memberId].ToList();
        var google = googleObjects.Count == 0 ? null : googleObjects.All(targets.GoogleOverQuota.Contains) ? Quota : Sent;
        var app = targets.App[memberId].Any() ? Sent : null;
        return skipped is null
            ? new RecipientOutcome { MemberId = memberId, Apple = apple, Google = google, App = app }
            : new RecipientOutcome { MemberId = memberId, Apple = Skip(apple), Google = Skip(google), App = Skip(app) };

        string? Skip(string? outcome) => outcome is null ? null : skipped;
    }
}
