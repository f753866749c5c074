namespace WalletLoyalty.Retention;

/// <summary>How long working records are kept before the retention sweep prunes them. The ledger, members, passes and coupons are never pruned.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public bool Enabled { get; set; } = true;

    public int SweepIntervalMinutes { get; set; } = 60;

    /// <summary>Finished outbox rows; a campaign's counts are rolled up into <c>outbox_tallies</c> first.</summary>
    public int OutboxDays { get; set; } = 14;

    /// <summary>Stored till answers. A retry after this is refused by the receipt's own uniqueness instead of replayed.</summary>
    public int IdempotencyKeyDays { get; set; } = 30;

    /// <summary>Apple Wallet's device logs (<c>/apple/v1/log</c>).</summary>
    public int DeviceLogDays { get; set; } = 30;

    /// <summary>Google callback nonces; a callback this old has expired and fails verification anyway.</summary>
    public int CallbackNonceDays { get; set; } = 30;

    /// <summary>Google notification times; only the last 24 hours count against Google's limit.</summary>
    public int GoogleNotificationDays { get; set; } = 2;

    /// <summary>Finished webhook deliveries and their attempts, counted from the last attempt.</summary>
    public int WebhookDeliveryDays { get; set; } = 30;

    /// <summary>Rows deleted per statement, so no sweep holds the writer for long.</summary>
    public int BatchSize { get; set; } = 5000;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void AtLeast(string name, int value, int minimum)
        {
            if (value < minimum)
            {
                problems.Add($"Retention:{name}: {value} is below {minimum}");
            }
        }
        AtLeast(nameof(SweepIntervalMinutes), SweepIntervalMinutes, 1);
        AtLeast(nameof(OutboxDays), OutboxDays, 1);
        AtLeast(nameof(IdempotencyKeyDays), IdempotencyKeyDays, 1);
        AtLeast(nameof(DeviceLogDays), DeviceLogDays, 1);
        AtLeast(nameof(CallbackNonceDays), CallbackNonceDays, 1);
        AtLeast(nameof(GoogleNotificationDays), GoogleNotificationDays, 2);
        AtLeast(nameof(WebhookDeliveryDays), WebhookDeliveryDays, 1);
        AtLeast(nameof(BatchSize), BatchSize, 1);
        return problems;
    }
}
