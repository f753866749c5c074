using WalletLoyalty.Configuration;
using WalletLoyalty.Data;
using WalletLoyalty.Imports;

namespace WalletLoyalty.Server.Imports;

public static class ImportsRegistration
{
    /// <summary>Bulk imports: their settings (checked at start), the folder files wait in, and the worker that runs them.</summary>
    public static void AddImports(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        var section = configuration.GetSection(ImportOptions.Section);
        var options = section.Get<ImportOptions>() ?? new ImportOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ConfigurationProblemException(problems);
        }
        services.Configure<ImportOptions>(section);
        // Beside the SQLite file, like the data-protection keys: the data directory a backup already covers.
        var folder = options.Folder is { Length: > 0 } configured ? PathResolver.Resolve(configured)
            : storage.IsPostgres ? PathResolver.Resolve("data/imports")
            : Path.Combine(Path.GetDirectoryName(PathResolver.Resolve(storage.Path))!, "imports");
        services.AddSingleton(new ImportFolder(folder));
        services.AddSingleton<ImportJobs>();
        services.AddSingleton<ImportRunner>();
        services.AddSingleton<ImportSignal>();
        services.AddSingleton<JoinLinks>();
        services.AddHostedService<ImportWorker>();
    }
}
