namespace WalletLoyalty.PointsExpiry;

/// <summary>
/// The program's expiring points (mechanics.json <c>pointsExpiry</c>; none without it): every credit expires
/// <see cref="Months"/> after it was booked, oldest first, and members are reminded <see cref="ReminderDays"/> before.
/// </summary>
public sealed class PointsExpiryRules
{
    /// <summary>The key of the back field on the store card that shows the next expiry.</summary>
    public const string FieldKey = "expiry";

    public const string PointsPlaceholder = "{points}";
    public const string DatePlaceholder = "{date}";

    public int Months { get; set; } = 12;

    public int ReminderDays { get; set; } = 14;

    /// <summary>The label of the back field.</summary>
    public string Label { get; set; } = "Points expiring";

    /// <summary>The back field's value while the next expiry is further off than the reminder; {points} and {date}.</summary>
    public string Text { get; set; } = "{points} points on {date}";

    /// <summary>The back field's value from the reminder on, shown on the lock screen when it arrives; {points} and {date}.</summary>
    public string ReminderMessage { get; set; } = "{points} points expire on {date}. Use them before then!";

    /// <summary>When a credit booked at that instant expires.</summary>
    public DateTimeOffset ExpiresAt(DateTimeOffset creditedAt) => creditedAt.AddMonths(Months);

    /// <summary>
    /// Credits booked at or before this instant are due at <paramref name="at"/>. Never earlier than
    /// <see cref="ExpiresAt"/> says: at a month's end a credit may go a day or three later than shown, never before.
    /// </summary>
    public DateTimeOffset CreditedBy(DateTimeOffset at) => at.AddMonths(-Months);
}
