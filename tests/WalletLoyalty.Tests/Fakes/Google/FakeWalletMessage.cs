namespace WalletLoyalty.Tests.Fakes.Google;

internal static class FakeWalletMessage
{
    public const int MaxPerResource = 10;

    public const string TextAndNotify = "TEXT_AND_NOTIFY";

    public static readonly string[] Types = ["TEXT", TextAndNotify, "EXPIRATION_NOTIFICATION"];

    public static readonly HashSet<string> Fields =
        ["kind", "header", "body", "id", "messageType", "displayInterval", "localizedHeader", "localizedBody"];
}
