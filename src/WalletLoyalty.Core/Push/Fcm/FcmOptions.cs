using WalletLoyalty.Wallets.Google;

namespace WalletLoyalty.Push.Fcm;

public sealed class FcmOptions
{
    public const string Section = "Fcm";

    /// <summary>The Firebase project id (the project number works too).</summary>
    public string ProjectId { get; set; } = "";

    public string BaseAddress { get; set; } = "https://fcm.googleapis.com/";

    /// <summary>A service account of the Firebase project; empty to use <see cref="GoogleOptions.ServiceAccountKeyPath"/>.</summary>
    public string ServiceAccountKeyPath { get; set; } = "";

    /// <summary>The key file to use and the setting that named it, for error messages.</summary>
    public (string Path, string Setting) ResolveServiceAccountKeyPath(GoogleOptions google) =>
        string.IsNullOrWhiteSpace(ServiceAccountKeyPath)
            ? (google.ServiceAccountKeyPath, $"{GoogleOptions.Section}:{nameof(GoogleOptions.ServiceAccountKeyPath)}")
            : (ServiceAccountKeyPath, $"{Section}:{nameof(ServiceAccountKeyPath)}");
}
