namespace WalletLoyalty.Tests.Support;

/// <summary>A fact that needs PostgreSQL (several nodes on one database); skipped when the tests run on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestEngine.IsPostgres)
        {
            Skip = "needs PostgreSQL: scripts/test.sh --engine postgres";
        }
    }
}
