using QRCoder;

namespace WalletLoyalty.Server.Flyers;

/// <summary>QR codes for print (PNG) and screens or design tools (SVG), at error correction level M.</summary>
public static class FlyerQrCode
{
    public static string Svg(string url, int pixelsPerModule)
    {
        using var data = Encode(url);
        return new SvgQRCode(data).GetGraphic(pixelsPerModule);
    }

    public static byte[] Png(string url, int pixelsPerModule)
    {
        using var data = Encode(url);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    private static QRCodeData Encode(string url)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
    }
}
