using System.Collections.Concurrent;

namespace WalletLoyalty.Tests.Browser;

/// <summary>The last lines a process printed, kept to explain why it failed.</summary>
internal sealed class RecentOutputLines(int capacity)
{
    private readonly ConcurrentQueue<string> lines = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        while (lines.Count > capacity && lines.TryDequeue(out _))
        {
        }
    }

    public override string ToString() => string.Join(Environment.NewLine, lines);
}
