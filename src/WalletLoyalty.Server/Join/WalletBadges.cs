namespace WalletLoyalty.Server.Join;

/// <summary>
/// "Add to Apple Wallet" and "Add to Google Wallet", drawn after Apple's badge and Google's button
/// guidelines (black badge, white type, wallet glyph,
/// clear space around it; Google: dark pill at least 48 px high, "Google Wallet" spelled out).
/// A shop that has the official artwork can swap the SVGs in here.
/// </summary>
public static class WalletBadges
{
    public const string Apple = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 220 56" role="img" aria-label="Add to Apple Wallet">
          <rect x="0.5" y="0.5" width="219" height="55" rx="10" fill="#000" stroke="#a6a6a6"/>
          <g transform="translate(14 11)">
            <rect x="0" y="4" width="34" height="26" rx="5" fill="#fff"/>
            <rect x="2" y="1" width="30" height="9" rx="3" fill="#34aadc"/>
            <rect x="2" y="6" width="30" height="9" rx="3" fill="#ffcc00"/>
            <rect x="2" y="11" width="30" height="9" rx="3" fill="#4cd964"/>
            <rect x="2" y="16" width="30" height="9" rx="3" fill="#ff3b30"/>
            <path d="M0 18h11c2 0 3 4 6 4s4-4 6-4h11v7a5 5 0 0 1-5 5H5a5 5 0 0 1-5-5z" fill="#d9d9d9"/>
          </g>
          <text x="60" y="24" fill="#fff" font-family="-apple-system, BlinkMacSystemFont, 'Helvetica Neue', Arial, sans-serif" font-size="12">Add to</text>
          <text x="60" y="44" fill="#fff" font-family="-apple-system, BlinkMacSystemFont, 'Helvetica Neue', Arial, sans-serif" font-size="20" font-weight="600">Apple Wallet</text>
        </svg>
        """;

    public const string Google = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 236 56" role="img" aria-label="Add to Google Wallet">
          <rect x="0.5" y="0.5" width="235" height="55" rx="27.5" fill="#1f1f1f" stroke="#747775"/>
          <g transform="translate(20 14)">
            <rect x="0" y="0" width="30" height="8" rx="3" fill="#4285f4"/>
            <rect x="0" y="5" width="30" height="8" rx="3" fill="#34a853"/>
            <rect x="0" y="10" width="30" height="8" rx="3" fill="#fbbc04"/>
            <path d="M0 15h30v9a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4z" fill="#ea4335"/>
            <path d="M0 18h9c2.5 0 3.5 4 6 4s3.5-4 6-4h9v6a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4z" fill="#fce8e6" opacity="0.25"/>
          </g>
          <text x="62" y="35" fill="#e3e3e3" font-family="Roboto, 'Google Sans', Arial, sans-serif" font-size="17" font-weight="500" textLength="156" lengthAdjust="spacingAndGlyphs">Add to Google Wallet</text>
        </svg>
        """;
}
