using System.Security.Cryptography.X509Certificates;

namespace WalletLoyalty.Tests.Fakes;

/// <summary>The push topic a Pass Type ID certificate allows: the pass type id in its subject's UID.</summary>
internal static class PassCertificateTopic
{
    private const string UserIdOid = "0.9.2342.19200300.100.1.1";

    public static string? Read(X509Certificate2? certificate) =>
        certificate?.SubjectName
            .EnumerateRelativeDistinguishedNames()
            .Where(name => !name.HasMultipleElements && name.GetSingleElementType().Value == UserIdOid)
            .Select(name => name.GetSingleElementValue())
            .FirstOrDefault();
}
