using Dapper;

namespace WalletLoyalty.Data;

/// <summary>Dapper's process-wide settings, the same for every engine.</summary>
internal static class DapperSetup
{
    private static int _done;

    public static void Once()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1)
        {
            return;
        }
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.AddTypeHandler(new TimestampHandler());
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }
}
