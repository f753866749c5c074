namespace WalletLoyalty.Benchmarks.Harness;

/// <summary>One way of running the service that a benchmark measures: an engine, and how many nodes share its database.</summary>
public sealed record StoreSetup(string Engine, int Nodes)
{
    public const string Sqlite = "SQLite";
    public const string Postgres = "PostgreSQL";
    public const string NotMeasured = "not measured (no --postgres)";

    public static readonly StoreSetup SqliteOneNode = new(Sqlite, 1);
    public static readonly StoreSetup PostgresOneNode = new(Postgres, 1);
    public static readonly StoreSetup PostgresTwoNodes = new(Postgres, 2);

    /// <summary>SQLite beside PostgreSQL with one node and with two, in the order the reports list them.</summary>
    public static IReadOnlyList<StoreSetup> All { get; } = [SqliteOneNode, PostgresOneNode, PostgresTwoNodes];

    public bool IsPostgres => Engine == Postgres;

    public string Name => !IsPostgres ? Engine : Nodes == 1 ? $"{Engine}, one node" : Nodes == 2 ? $"{Engine}, two nodes" : $"{Engine}, {Nodes} nodes";

    /// <summary>PostgreSQL needs a server to create its database on (<c>--postgres</c>); SQLite needs nothing.</summary>
    public bool CanRun(BenchmarkOptions options) => !IsPostgres || options.Postgres is not null;
}
