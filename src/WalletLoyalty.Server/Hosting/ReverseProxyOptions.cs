using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using WalletLoyalty.Configuration;

namespace WalletLoyalty.Server.Hosting;

/// <summary>
/// Which reverse proxies may say, through X-Forwarded-For, -Proto and -Host, who the client is and which
/// address it asked for. By default only a proxy on this machine (loopback) is believed.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies in front of the nodes, e.g. ["10.0.0.5"].</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. ["10.0.0.0/24"].</summary>
    public List<string> TrustedNetworks { get; set; } = [];

    /// <summary>Whether a proxy on this machine is believed too (the default); off when nothing local forwards.</summary>
    public bool TrustLoopback { get; set; } = true;

    public void ApplyTo(ForwardedHeadersOptions forwarded)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        if (!TrustLoopback)
        {
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
        }
        var problems = new List<string>();
        foreach (var proxy in TrustedProxies)
        {
            if (IPAddress.TryParse(proxy, out var address))
            {
                forwarded.KnownProxies.Add(address);
            }
            else
            {
                problems.Add($"ReverseProxy:TrustedProxies: '{proxy}' is not an IP address.");
            }
        }
        foreach (var network in TrustedNetworks)
        {
            if (System.Net.IPNetwork.TryParse(network, out var parsed))
            {
                forwarded.KnownIPNetworks.Add(parsed);
            }
            else
            {
                problems.Add($"ReverseProxy:TrustedNetworks: '{network}' is not a network in CIDR form such as 10.0.0.0/24.");
            }
        }
        if (problems.Count > 0)
        {
            throw new ConfigurationProblemException(problems);
        }
    }
}
