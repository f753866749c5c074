using System.Globalization;
using System.Text;

namespace WalletLoyalty.Benchmarks.Imports;

/// <summary>
/// The files a shop moving from another system would upload, written straight to disk (never held in memory):
/// members with every column, and purchases over the last two years spread over those members at random.
/// </summary>
public static class ImportFiles
{
    private static readonly string[] FirstNames = ["Anna", "Ben", "Carla", "Dawid", "Emma", "Finn", "Grace", "Hiro", "Ines", "Jonas", "Kasia", "Lena"];
    private static readonly string[] LastNames = ["Nowak", "Schmidt", "Kowalski", "Müller", "Chen", "Wong", "Sato", "Brown", "Fischer", "Lewandowska"];
    private static readonly string[] Stores = ["maple-street", "station"];
    private static readonly string[] Categories = ["bread", "cake", "coffee", "bread;coffee", "pastry;coffee", ""];

    public static long WriteMembers(string path, int members, DateTimeOffset now)
    {
        var random = new Random(17);
        using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        file.Write("external_id,first_name,last_name,email,phone,birthday,points,tier,joined_at,marketing_consent\n");
        for (var i = 0; i < members; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var joined = now.AddDays(-random.Next(30, 3650)).AddSeconds(-random.Next(86_400));
            file.Write(string.Create(CultureInfo.InvariantCulture,
                $"C-{i},{first},{LastNames[random.Next(LastNames.Length)]},{first.ToLowerInvariant()}.{i}@example.com,+49 151 {random.Next(1_000_000, 9_999_999)},{1950 + random.Next(55)}-{1 + random.Next(12):00}-{1 + random.Next(28):00},{random.Next(0, 800)},,{joined:yyyy-MM-ddTHH:mm:ssZ},{(random.Next(3) == 0 ? "false" : "true")}\n"));
        }
        file.Flush();
        return file.BaseStream.Length;
    }

    public static long WritePurchases(string path, int purchases, int members, DateTimeOffset now)
    {
        var random = new Random(23);
        using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        file.Write("external_id,receipt_id,store_id,amount_minor,currency,occurred_at,categories\n");
        for (var i = 0; i < purchases; i++)
        {
            var at = now.AddDays(-random.Next(1, 730)).AddSeconds(-random.Next(86_400));
            file.Write(string.Create(CultureInfo.InvariantCulture,
                $"C-{random.Next(members)},R-{i},{Stores[random.Next(Stores.Length)]},{random.Next(150, 8_000)},EUR,{at:yyyy-MM-ddTHH:mm:ssZ},{Categories[random.Next(Categories.Length)]}\n"));
        }
        file.Flush();
        return file.BaseStream.Length;
    }
}
