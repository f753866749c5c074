namespace WalletLoyalty.Server.Join;

/// <summary>
/// "Add to Apple Wallet" drawn after Apple's badge guidelines (black badge, white type, wallet glyph,
/// clear space around it). A shop that has Apple's official artwork can swap the SVG in here.
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
}
