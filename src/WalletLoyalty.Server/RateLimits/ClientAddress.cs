using System.Net;
using System.Net.Sockets;

namespace WalletLoyalty.Server.RateLimits;

/// <summary>
/// Who a request counts against: the client address as the trusted proxies report it (read after
/// UseForwardedHeaders). An IPv6 client is its /64, which one household or shop usually gets whole.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
