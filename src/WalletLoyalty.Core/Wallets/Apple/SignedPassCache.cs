using Microsoft.Extensions.Caching.Memory;

namespace WalletLoyalty.Wallets.Apple;

/// <summary>
/// Signed passes by serial, version and everything else printed on them that can change without a new
/// version (the web service address, the template): a version that has not changed is
/// never signed twice. Bounded by total bytes so a large member base cannot exhaust memory.
/// </summary>
public sealed class SignedPassCache : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });

    public byte[] GetOrAdd(string serialNumber, long version, string context, Func<byte[]> sign)
    {
        var key = (serialNumber, version, context);
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            return cached;
        }
        var signed = sign();
        _cache.Set(key, signed, new MemoryCacheEntryOptions { Size = signed.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return signed;
    }

    public void Dispose() => _cache.Dispose();
}
