namespace WalletLoyalty.Configuration;

public static class PathResolver
{
    /// <summary>Absolute paths stay; relative ones resolve against the working directory.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, Environment.CurrentDirectory);
}
