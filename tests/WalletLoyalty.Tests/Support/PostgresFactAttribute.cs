namespace WalletLoyalty.Tests.Support;

/// <summary>A fact about several nodes on one database: it runs on PostgreSQL and is skipped on SQLite, which serves one node.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestEngine.IsPostgres)
        {
            Skip = "two nodes need PostgreSQL (scripts/test.sh --engine postgres)";
        }
    }
}
