namespace WalletLoyalty.Access;

public static class Roles
{
    public const string Admin = "admin";
    public const string Marketer = "marketer";
    public const string Cashier = "cashier";

    public static readonly string[] All = [Admin, Marketer, Cashier];
}
