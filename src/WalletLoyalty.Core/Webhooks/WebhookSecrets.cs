using Microsoft.AspNetCore.DataProtection;
using WalletLoyalty.Security;

namespace WalletLoyalty.Webhooks;

/// <summary>
/// Endpoint signing secrets: shown once when made, stored data-protected (the service must read them back to
/// sign, so a hash would not do), and unprotected only to sign a delivery.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    public const string Prefix = "whsec_";

    private readonly IDataProtector _protector = protection.CreateProtector("webhook-secret");

    public (string Secret, string Protected) New()
    {
        var secret = Prefix + RandomCodes.Base32(40);
        return (secret, _protector.Protect(secret));
    }

    public string Unprotect(string stored) => _protector.Unprotect(stored);
}
