using System.Security.Cryptography.X509Certificates;
using WalletLoyalty.Tests.Fakes;

namespace WalletLoyalty.Tests.Support;

/// <summary>A throwaway Apple-like PKI, a fake APNs that trusts it, and the settings that point the service at both.</summary>
public sealed class PushRig : IAsyncDisposable
{
    private PushRig(TestPki pki, FakeApnsServer apns, string folder)
    {
        Pki = pki;
        Apns = apns;
        Folder = folder;
    }

    public TestPki Pki { get; }
    public FakeApnsServer Apns { get; }
    public string Folder { get; }

    public static async Task<PushRig> StartAsync()
    {
        var pki = TestPki.Create();
        var apns = await FakeApnsServer.StartAsync(pki);
        var folder = Directory.CreateTempSubdirectory("push-rig-").FullName;
        return new PushRig(pki, apns, folder);
    }

    /// <summary>Settings for a service that signs with this PKI and pushes to the fake.</summary>
    public void Configure(Dictionary<string, string?> settings)
    {
        var files = Pki.WriteTo(Folder, "rig-password");
        var serverCa = Path.Combine(Folder, "apns-server-ca.pem");
        File.WriteAllText(serverCa, Pki.ServerCa.ExportCertificatePem());
        settings["Apple:PassTypeIdentifier"] = Pki.PassTypeIdentifier;
        settings["Apple:TeamIdentifier"] = Pki.TeamIdentifier;
        settings["Apple:CertificatePath"] = files.PassPkcs12Path;
        settings["Apple:CertificatePassword"] = "rig-password";
        settings["Apple:WwdrCertificatePath"] = files.WwdrPemPath;
        settings["Apple:ApnsBaseAddress"] = Apns.BaseAddress.ToString();
        settings["Apple:ApnsServerCaPath"] = serverCa;
        settings["Push:CoalesceMilliseconds"] = "0";
    }

    public async ValueTask DisposeAsync()
    {
        await Apns.DisposeAsync();
        Pki.Dispose();
    }
}
