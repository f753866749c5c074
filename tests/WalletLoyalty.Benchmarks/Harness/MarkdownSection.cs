namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>
/// Replaces one benchmark's section of a Markdown file, between <c>&lt;!-- name:start --&gt;</c> and
/// <c>&lt;!-- name:end --&gt;</c>, leaving the rest of the file as written by hand. A missing section is appended.
/// </summary>
public static class MarkdownSection
{
    public static void Write(string path, string name, string body)
    {
        var start = $"<!-- {name}:start -->";
        var end = $"<!-- {name}:end -->";
        var section = $"{start}\n{body.TrimEnd()}\n{end}";
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? text[..from] + section + text[(to + end.Length)..]
            : text.TrimEnd() + "\n\n" + section + "\n";
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(path, text);
    }
}
