namespace WalletLoyalty.Tests.Cluster;

/// <summary>Two-node tests run one at a time and alone: each starts two service processes, which is a machine's worth of work.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoNodeCollection
{
    public const string Name = "Two nodes";
}
