namespace WalletLoyalty.Tests.Browser;

/// <summary>Where an element sits in the viewport, in CSS pixels.</summary>
internal sealed record ElementBox(double X, double Y, double Width, double Height)
{
    public double CenterX => X + (Width / 2);

    public double CenterY => Y + (Height / 2);
}
