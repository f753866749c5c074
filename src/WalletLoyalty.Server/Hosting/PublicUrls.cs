using Microsoft.Extensions.Options;

namespace WalletLoyalty.Server.Hosting;

public sealed class PublicUrls(IOptions<PublicUrlOptions> options)
{
    public string BaseUrl(HttpRequest request)
    {
        var configured = options.Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
    }

    /// <summary>What goes into pass.json's webServiceURL; the device appends /v1/… to it.</summary>
    public string AppleWebService(HttpRequest request) => BaseUrl(request) + "/apple";

    public string Join(HttpRequest request, string programId, string? source) =>
        BaseUrl(request) + "/join/" + programId + (source is null ? "" : "?src=" + Uri.EscapeDataString(source));
}
