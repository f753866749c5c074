using System.Xml.Linq;
using Dapper;
using Npgsql;

namespace WalletLoyalty.Cli.Storage;

/// <summary>
/// On SQLite the data-protection keys are files in keys/ beside the database; on PostgreSQL every node reads
/// them from data_protection_keys. Importing them keeps the join cookies shoppers already hold readable.
/// </summary>
public static class KeyRingFiles
{
    public const string Table = "data_protection_keys";

    public static string FolderBeside(string sqlitePath) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sqlitePath))!, "keys");

    /// <summary>Adds every key file of the folder to the key ring table; returns how many.</summary>
    public static async Task<int> ImportAsync(string folder, NpgsqlConnection target, NpgsqlTransaction transaction)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }
        var files = new DirectoryInfo(folder).GetFiles("*.xml").OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            // Stored as the service's own key ring stores a key: the element on one line, named as the file was.
            var xml = XElement.Load(file.FullName).ToString(SaveOptions.DisableFormatting);
            await target.ExecuteAsync(
                $"INSERT INTO {Table} (friendly_name, xml, created_at) VALUES (@name, @xml, @createdAt)",
                new { name = Path.GetFileNameWithoutExtension(file.Name), xml, createdAt = new DateTimeOffset(file.LastWriteTimeUtc) }, transaction);
        }
        return files.Count;
    }
}
