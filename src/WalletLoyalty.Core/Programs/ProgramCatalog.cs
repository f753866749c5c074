using System.Security.Cryptography;
using System.Text.Json;
using WalletLoyalty.Configuration;
using WalletLoyalty.Passes;

namespace WalletLoyalty.Programs;

/// <summary>Every program found under the templates folder, loaded and validated once at start.</summary>
public sealed class ProgramCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private readonly Dictionary<string, LoyaltyProgram> _programs;

    public ProgramCatalog(IEnumerable<LoyaltyProgram> programs) =>
        _programs = programs.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<LoyaltyProgram> All => _programs.Values;

    public LoyaltyProgram? Find(string id) => _programs.GetValueOrDefault(id);

    public static ProgramCatalog Load(string templatesPath)
    {
        if (!Directory.Exists(templatesPath))
        {
            throw new ConfigurationProblemException([$"Templates:Path: folder '{templatesPath}' not found; point it at the templates/ folder of the repository."]);
        }
        var errors = new List<string>();
        var programs = new List<LoyaltyProgram>();
        foreach (var folder in Directory.GetDirectories(templatesPath).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, "program.json");
            if (!File.Exists(file))
            {
                continue;
            }
            var id = Path.GetFileName(folder);
            ProgramTemplate template;
            try
            {
                template = JsonSerializer.Deserialize<ProgramTemplate>(File.ReadAllBytes(file), JsonOptions)
                    ?? throw new JsonException("empty document");
            }
            catch (JsonException ex)
            {
                errors.Add($"templates/{id}/program.json: {ex.Message}");
                continue;
            }
            var mechanics = Path.Combine(folder, "mechanics.json");
            if (File.Exists(mechanics))
            {
                try
                {
                    template.Mechanics = JsonSerializer.Deserialize<ProgramMechanics>(File.ReadAllBytes(mechanics), JsonOptions)
                        ?? throw new JsonException("empty document");
                }
                catch (JsonException ex)
                {
                    errors.Add($"templates/{id}/mechanics.json: {ex.Message}");
                    continue;
                }
            }
            var translationsFolder = Path.Combine(folder, "translations");
            var translationFiles = Directory.Exists(translationsFolder) ? Directory.GetFiles(translationsFolder, "*.json") : [];
            foreach (var translations in translationFiles.Order(StringComparer.Ordinal))
            {
                try
                {
                    template.Translations[Path.GetFileNameWithoutExtension(translations)] =
                        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllBytes(translations), JsonOptions) ?? [];
                }
                catch (JsonException ex)
                {
                    errors.Add($"templates/{id}/translations/{Path.GetFileName(translations)}: {ex.Message}");
                }
            }
            var shared = Path.Combine(folder, "images");
            var images = new Dictionary<PassKind, PassImageSet>
            {
                [PassKind.StoreCard] = PassImageSet.Load(shared, Path.Combine(folder, "store-card")),
                [PassKind.Coupon] = PassImageSet.Load(shared, Path.Combine(folder, "coupon")),
            };
            var problems = TemplateValidator.Validate(id, template, kind => images[kind]);
            if (problems.Count > 0)
            {
                errors.AddRange(problems);
                continue;
            }
            var google = Path.Combine(folder, "google");
            var googleImages = Directory.Exists(google)
                ? Directory.GetFiles(google, "*.png").ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes, StringComparer.Ordinal)
                : new Dictionary<string, byte[]>();
            programs.Add(new LoyaltyProgram(id, template, images, HashFolder(folder), googleImages));
        }
        if (errors.Count > 0)
        {
            throw new ConfigurationProblemException(errors);
        }
        if (programs.Count == 0)
        {
            throw new ConfigurationProblemException([$"Templates:Path: no program folder with a program.json in '{templatesPath}'; see templates/README.md."]);
        }
        return new ProgramCatalog(programs);
    }

    private static string HashFolder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
