using Microsoft.AspNetCore.DataProtection;
using WalletLoyalty.Server.Join;
using WalletLoyalty.Tests.Wallets.Google.Callbacks;

namespace WalletLoyalty.Tests.Join;

public sealed class EnrolmentTokenTests
{
    private static readonly DateTimeOffset Opened = new(2026, 5, 4, 9, 30, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Opened);
    private readonly EnrolmentTokens _tokens;

    public EnrolmentTokenTests() => _tokens = new EnrolmentTokens(new EphemeralDataProtectionProvider(), _clock);

    [Fact]
    public void ATokenHoldsForItsProgramAndFlyerUntilItExpires()
    {
        var token = _tokens.Issue("demo", "flyer-a");

        Assert.True(_tokens.IsValid("demo", "flyer-a", token));
        _clock.Advance(EnrolmentTokens.Lifetime - TimeSpan.FromSeconds(1));
        Assert.True(_tokens.IsValid("demo", "flyer-a", token));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(_tokens.IsValid("demo", "flyer-a", token));
    }

    [Fact]
    public void ATokenIsRefusedForAnotherProgramOrFlyerOrWhenAltered()
    {
        var token = _tokens.Issue("demo", "flyer-a");
        var withoutFlyer = _tokens.Issue("demo", null);

        Assert.False(_tokens.IsValid("other", "flyer-a", token));
        Assert.False(_tokens.IsValid("demo", "flyer-b", token));
        Assert.False(_tokens.IsValid("demo", null, token));
        Assert.False(_tokens.IsValid("demo", "flyer-a", withoutFlyer));
        Assert.True(_tokens.IsValid("demo", null, withoutFlyer));
        Assert.False(_tokens.IsValid("demo", "flyer-a", token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1]));
        Assert.False(_tokens.IsValid("demo", "flyer-a", "not a token!"));
        Assert.False(_tokens.IsValid("demo", "flyer-a", null));
    }
}
