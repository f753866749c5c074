using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace WalletLoyalty.Server.Join;

/// <summary>Remembers, on the shopper's browser, which card it was given, in a tamper-proof cookie.</summary>
public sealed class JoinCookie(IDataProtectionProvider protection, string programId)
{
    private readonly IDataProtector _protector = protection.CreateProtector("join-cookie", programId);
    private string Name => "wl-" + programId;

    public string? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(Name, out var value))
        {
            return null;
        }
        try
        {
            return _protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public void Write(HttpResponse response, string serialNumber) =>
        response.Cookies.Append(Name, _protector.Protect(serialNumber), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            Path = "/join/" + programId,
        });
}
