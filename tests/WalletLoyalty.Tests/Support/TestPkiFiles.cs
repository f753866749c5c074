namespace WalletLoyalty.Tests.Support;

public sealed record TestPkiFiles(
    string RootPemPath,
    string WwdrPemPath,
    string PassPkcs12Path,
    string PassPemPath);
