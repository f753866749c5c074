namespace WalletLoyalty.Push.Apns;

internal static class ApnsPushToken
{
    public static bool IsWellFormed(string? pushToken) =>
        !string.IsNullOrEmpty(pushToken)
        && pushToken.Length % 2 == 0
        && pushToken.All(char.IsAsciiHexDigit);
}
