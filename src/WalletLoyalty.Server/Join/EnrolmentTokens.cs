using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace WalletLoyalty.Server.Join;

/// <summary>
/// The landing page's wallet buttons carry a token: proof that a person opened the page, so that a crawler,
/// a link preview or a script calling the wallet links directly enrols nobody and costs no signature and no
/// Google call. A token is bound to its program and flyer source and expires after <see cref="Lifetime"/>;
/// data protection keeps it tamper-proof and readable by every node.
/// </summary>
public sealed class EnrolmentTokens(IDataProtectionProvider protection, TimeProvider time)
{
    public const string QueryName = "token";

    /// <summary>Long enough to read the page and type a name; a later tap just opens the page again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Issue(string program, string? source)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return Protector(program).Protect(expires.ToString(CultureInfo.InvariantCulture) + "|" + source);
    }

    public bool IsValid(string program, string? source, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }
        string payload;
        try
        {
            payload = Protector(program).Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }
        var separator = payload.IndexOf('|', StringComparison.Ordinal);
        return separator > 0
            && long.TryParse(payload.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && time.GetUtcNow().ToUnixTimeSeconds() < expires
            && payload[(separator + 1)..] == (source ?? "");
    }

    private IDataProtector Protector(string program) => protection.CreateProtector("join-token", program);
}
