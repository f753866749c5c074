namespace WalletLoyalty.Tests.Support;

/// <summary>A fact that needs a PostgreSQL server: skipped unless <see cref="TestEngine.Variable"/> names one.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestEngine.IsPostgres)
        {
            Skip = $"Needs PostgreSQL: set {TestEngine.Variable} to a server connection string.";
        }
    }
}
