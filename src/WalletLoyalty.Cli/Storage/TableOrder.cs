namespace WalletLoyalty.Cli.Storage;

/// <summary>Tables ordered so that every table comes after the tables its foreign keys point at.</summary>
public static class TableOrder
{
    public static IReadOnlyList<SourceTable> ByForeignKeys(IReadOnlyList<SourceTable> tables)
    {
        var byName = tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<SourceTable>();
        while (ordered.Count < tables.Count)
        {
            // A reference to itself (a reversal pointing at the entry it reverses) is satisfied within the table's own COPY.
            var ready = tables.Where(t => !placed.Contains(t.Name)
                    && t.References.All(r => placed.Contains(r) || r.Equals(t.Name, StringComparison.OrdinalIgnoreCase) || !byName.ContainsKey(r)))
                .ToList();
            if (ready.Count == 0)
            {
                var left = string.Join(", ", tables.Where(t => !placed.Contains(t.Name)).Select(t => t.Name));
                throw new CopyRefusedException($"The foreign keys of {left} form a cycle; no table order satisfies them.");
            }
            foreach (var table in ready)
            {
                placed.Add(table.Name);
                ordered.Add(table);
            }
        }
        return ordered;
    }
}
