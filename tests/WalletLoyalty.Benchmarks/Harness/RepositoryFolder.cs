namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>Finds the repository (the folder with WalletLoyalty.sln) from the working directory or the binary's folder.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "WalletLoyalty.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("WalletLoyalty.sln not found above the working directory or " + AppContext.BaseDirectory);
    }
}
