namespace WalletLoyalty.Passes;

public enum PassKind
{
    StoreCard,
    Coupon,
}

public static class PassKindNames
{
    public static string ToStorage(this PassKind kind) => kind == PassKind.Coupon ? "coupon" : "storeCard";

    public static PassKind FromStorage(string value) => value == "coupon" ? PassKind.Coupon : PassKind.StoreCard;
}
