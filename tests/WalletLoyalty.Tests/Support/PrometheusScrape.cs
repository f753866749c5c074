using System.Globalization;

namespace WalletLoyalty.Tests.Support;

/// <summary>The service's <c>/metrics</c> answer, read the way a Prometheus server reads it.</summary>
public sealed class PrometheusScrape(string text)
{
    public string Text { get; } = text;

    public static async Task<PrometheusScrape> TakeAsync(ServiceHost service)
    {
        using var response = await service.Client.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return new PrometheusScrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The sample of the metric whose labels include all of <paramref name="labels"/>; null when there is none.</summary>
    public double? Value(string metric, params (string Name, string Value)[] labels)
    {
        var samples = Text.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(line => labels.All(l => line.Contains($"{l.Name}=\"{l.Value}\"", StringComparison.Ordinal)))
            .ToList();
        Assert.True(samples.Count <= 1, $"More than one sample of {metric} matches:\n{string.Join('\n', samples)}");
        return samples.Count == 0 ? null : double.Parse(samples[0][(samples[0].LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
    }
}
