namespace WalletLoyalty.Campaigns;

/// <summary>A location campaign's window: from when to when its members' cards point at the program's stores.</summary>
public sealed record LocationWindow(DateTimeOffset From, DateTimeOffset Until, string RelevantText, int MaxDistance)
{
    public const int DefaultRadiusMeters = 100;

    public static LocationWindow? Of(CampaignTrigger trigger, TimeZoneInfo zone) =>
        trigger.Type == TriggerTypes.Location
        && TriggerTimes.TryReadAt(trigger.From, zone, out var from)
        && TriggerTimes.TryReadAt(trigger.Until, zone, out var until)
            ? new LocationWindow(from, until, trigger.RelevantText ?? "", trigger.RadiusMeters ?? DefaultRadiusMeters)
            : null;
}
