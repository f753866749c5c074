using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.AppleWebService;

/// <summary>Wallet asked about a pass that is not here (404) or without its ApplePass token (401).</summary>
public sealed class PassRefusedProblem(StatusProblem refusal) : StatusProblem(refusal), IEndpointMetadataProvider
{
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(builder, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
}
