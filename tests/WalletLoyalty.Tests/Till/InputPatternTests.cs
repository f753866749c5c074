using WalletLoyalty.Till;
using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Tests.Till;

/// <summary>
/// Identifiers are checked to their very end: in .NET, <c>$</c> also matches before a final newline, so
/// "R-1\n" would pass as "R-1" and be credited a second time.
/// </summary>
public sealed class InputPatternTests
{
    [Theory]
    [InlineData("R-1\n")]
    [InlineData("R-1\r\n")]
    [InlineData("R 1")]
    [InlineData("")]
    public void AReceiptIdWithATrailingLineBreakOrSpaceIsRefused(string receiptId) =>
        Assert.NotNull(TillValidation.Receipt(receiptId));

    [Fact]
    public void APlainReceiptIdIsAccepted() => Assert.Null(TillValidation.Receipt("R-2026/11#4"));

    [Theory]
    [InlineData("demo\n", false)]
    [InlineData("demo", true)]
    public void AProgramIdIsCheckedToItsEnd(string id, bool valid) => Assert.Equal(valid, RouteValues.IsProgramId(id));

    [Theory]
    [InlineData("flyer-a\n", false)]
    [InlineData("flyer-a", true)]
    public void AFlyerSourceIsCheckedToItsEnd(string source, bool valid) => Assert.Equal(valid, RouteValues.IsSource(source));
}
