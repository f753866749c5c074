namespace WalletLoyalty.Programs;

/// <summary>
/// The contents of templates/&lt;program&gt;/mechanics.json: the loyalty mechanics a program runs beyond points per
/// purchase. Every section is off while it is left out, so a program without the file behaves as before.
/// </summary>
public sealed class ProgramMechanics
{
    /// <summary>Points expire some months after they were credited, with a reminder on the card before; null: points never expire.</summary>
    public PointsExpiry.PointsExpiryRules? PointsExpiry { get; set; }
}
