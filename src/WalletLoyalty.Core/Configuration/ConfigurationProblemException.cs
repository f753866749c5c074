namespace WalletLoyalty.Configuration;

/// <summary>Start-up found configuration it cannot run with; each problem names the setting and the fix.</summary>
public sealed class ConfigurationProblemException(IReadOnlyList<string> problems)
    : Exception("The service cannot start:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
