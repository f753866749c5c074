namespace WalletLoyalty.Tests.Support;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string CertsSample => Path.Combine(Root, "certs-sample");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WalletLoyalty.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("WalletLoyalty.sln not found above " + AppContext.BaseDirectory);
    }
}
