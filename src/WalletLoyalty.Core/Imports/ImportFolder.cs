namespace WalletLoyalty.Imports;

/// <summary>The folder where uploaded files wait, under the service's data directory, until their import is done.</summary>
public sealed class ImportFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>A new, unguessable file name; the upload is written beside it and renamed once complete.</summary>
    public static string NewFileName(string kind) => $"{kind}-{Guid.NewGuid():N}.csv";

    public string PathOf(string fileName) => System.IO.Path.Combine(Path, System.IO.Path.GetFileName(fileName));

    public bool Holds(string fileName) => File.Exists(PathOf(fileName));

    public void Delete(string fileName) => File.Delete(PathOf(fileName));
}
