using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace WalletLoyalty.Tests.Support;

/// <summary>One route and method the service answers, named "METHOD /path/{parameter}" without route constraints.</summary>
public sealed record MappedEndpoint(string Method, string Path, RouteEndpoint Endpoint)
{
    public string Name => $"{Method} {Path}";

    /// <summary>A file of wwwroot (or the framework's), served by MapStaticAssets.</summary>
    public bool IsStaticAsset => Endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    public IEnumerable<string> Parameters => Endpoint.RoutePattern.Parameters.Select(p => p.Name);
}

public static class MappedEndpoints
{
    /// <summary>Every route endpoint of the running service, once per HTTP method ("*" for those that take any).</summary>
    public static IReadOnlyList<MappedEndpoint> Of(IServiceProvider services) =>
        (from endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
         let path = PathOf(endpoint.RoutePattern)
         from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]
         select new MappedEndpoint(method, path, endpoint))
        .ToList();

    private static string PathOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => "{" + (parameter.IsCatchAll ? "**" : "") + parameter.Name + "}",
            _ => "",
        }))));
}
