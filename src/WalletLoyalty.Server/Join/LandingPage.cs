using System.Net;
using WalletLoyalty.Programs;
using WalletLoyalty.Server.Flyers;

namespace WalletLoyalty.Server.Join;

/// <summary>The page a flyer's QR code opens: phone first, one tap to the wallet.</summary>
public static class LandingPage
{
    public static string Render(LoyaltyProgram program, string? source, string pageUrl, Device device, bool googleWalletEnabled)
    {
        var t = program.Template;
        string E(string text) => WebUtility.HtmlEncode(text);
        var query = source is null ? "" : "?src=" + Uri.EscapeDataString(source);
        var appleHref = $"/join/{program.Id}/apple{query}";
        var googleHref = $"/join/{program.Id}/google{query}";
        var showQr = device == Device.Unknown;
        var showGoogle = googleWalletEnabled && device != Device.Apple;
        var showApple = !showGoogle || device != Device.Android;
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
            <meta name="theme-color" content="{{t.Colors.Background}}">
            <title>{{E(t.Name)}} – loyalty card</title>
            <style>{{LandingStyles.Css(t.Colors)}}</style>
            </head>
            <body>
            <header class="brand"><img class="logo" src="/programs/{{program.Id}}/images/logo@3x.png" alt="{{E(t.Name)}}"></header>
            <main>
              <section class="card" aria-hidden="true">
                <div class="card-top"><img src="/programs/{{program.Id}}/images/logo@2x.png" alt=""><div class="points"><span>POINTS</span><strong>0</strong></div></div>
                <img class="strip" src="/programs/{{program.Id}}/store-card/strip@2x.png" alt="">
                <div class="card-bottom"><span id="card-name">Your name</span><span>{{E(program.EntryTier)}}</span></div>
              </section>
              <h1>{{E(t.Landing.Headline)}}</h1>
              <p class="lead">{{E(t.Landing.Text)}}</p>
              <label class="name">Your first name <small>(optional, printed on the card)</small>
                <input id="name" name="name" autocomplete="given-name" maxlength="40" placeholder="e.g. Alex">
              </label>
              <div class="buttons">
                {{(showApple ? $"<a id=\"add-to-apple-wallet\" class=\"wallet-button apple\" href=\"{E(appleHref)}\" data-base-href=\"{E(appleHref)}\">{WalletBadges.Apple}</a>" : "")}}
                {{(showGoogle ? $"<a id=\"add-to-google-wallet\" class=\"wallet-button google\" href=\"{E(googleHref)}\" data-base-href=\"{E(googleHref)}\">{WalletBadges.Google}</a>" : "")}}
              </div>
              {{(showQr ? QrBlock(pageUrl) : "")}}
              <p class="fine">Your card updates itself: points, rewards and offers appear on it after each visit.</p>
            </main>
            <script>
              const input = document.getElementById('name');
              const buttons = document.querySelectorAll('[data-base-href]');
              const card = document.getElementById('card-name');
              input.addEventListener('input', () => {
                const name = input.value.trim();
                card.textContent = name || 'Your name';
                buttons.forEach(b => {
                  const url = new URL(b.dataset.baseHref, location.href);
                  if (name) url.searchParams.set('name', name); else url.searchParams.delete('name');
                  b.href = url.pathname + url.search;
                });
              });
            </script>
            </body>
            </html>
            """;
    }

    private static string QrBlock(string pageUrl) => $"""
        <section class="on-phone">
          <div class="qr">{FlyerQrCode.Svg(pageUrl, 6)}</div>
          <p>On a computer? Scan this code with your phone's camera to add the card to your phone's wallet.</p>
        </section>
        """;
}
