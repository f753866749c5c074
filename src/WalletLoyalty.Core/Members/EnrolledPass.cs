using WalletLoyalty.Passes;

namespace WalletLoyalty.Members;

public sealed record EnrolledPass(Member Member, PassView Pass);
