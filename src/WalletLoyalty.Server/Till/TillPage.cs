using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

/// <summary>The cashier's page. Static: the store, program and member all come from the till API after sign-in.</summary>
public static class TillPage
{
    public static readonly string Html = $$"""
        <!doctype html>
        <html lang="en">
        {{StaffPage.Head("Till – WalletLoyalty", TillStyles.Css)}}
        <body>
        <header class="bar">
          <div class="brand"><img id="logo" alt="" hidden><span id="program-name">Till</span></div>
          <div id="store-name" class="store"></div>
          <button id="sign-out" class="quiet on-dark" type="button" hidden>Sign out</button>
        </header>
        <main>
          <section id="sign-in" class="panel sign-in" aria-labelledby="sign-in-title">
            <h1 id="sign-in-title">Sign in to the till</h1>
            <p class="hint">Enter the cashier key for this store. It is kept in this browser tab only and forgotten when the tab closes.</p>
            <form id="sign-in-form" method="post" novalidate>
              <label for="key">Cashier key</label>
              <input id="key" name="key" type="password" autocomplete="off" autocapitalize="off" spellcheck="false" required>
              <button class="primary" type="submit">Sign in</button>
            </form>
            <div id="sign-in-error" class="message error" role="alert" hidden></div>
          </section>
          <div id="till" hidden>
            <form id="scan-form" class="scan" role="search" novalidate>
              <label for="scan">Scan or type a loyalty card, member number or coupon</label>
              <div class="scan-row">
                <input id="scan" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" enterkeyhint="search" placeholder="Scan, or type the code or number">
                <button class="primary" type="submit">Look up</button>
                <button id="camera" class="secondary" type="button" hidden>Camera</button>
              </div>
            </form>
            <section id="camera-view" class="panel camera" aria-label="Camera scanner" hidden>
              <video id="camera-video" playsinline muted></video>
              <p>Hold the QR code on the card or coupon in front of the camera.</p>
              <button id="camera-stop" class="secondary" type="button">Stop camera</button>
            </section>
            <div class="messages">
              <div id="status" class="message ok" role="status" aria-live="polite" aria-atomic="true"></div>
              <div id="alert" class="message error" role="alert" aria-atomic="true"></div>
            </div>
            <section id="idle" class="panel idle">
              <p class="big">Ready for the next customer</p>
              <p class="hint">Scan the QR code on their phone, or type their 10-digit member number.</p>
            </section>
            <div id="member" class="member" hidden>
              <div class="column">
                {{MemberCard}}
                {{EarnForm}}
              </div>
              {{Offers}}
            </div>
            {{ReverseForm}}
          </div>
          <noscript><p class="panel">The till needs JavaScript. Please turn it on for this site.</p></noscript>
        </main>
        <script type="module">{{TillScript.Source}}</script>
        </body>
        </html>
        """;

    private const string MemberCard = """
        <section class="panel card" aria-labelledby="member-name">
          <div class="who">
            <div class="name"><h2 id="member-name"></h2><span id="member-tier" class="tier"></span></div>
            <p>Member no. <span id="member-number" class="number"></span></p>
          </div>
          <div class="points"><span id="member-points"></span><small>points</small></div>
          <button id="next-customer" class="quiet" type="button">Next customer</button>
        </section>
        """;

    private const string EarnForm = """
        <section class="panel earn" aria-labelledby="earn-title">
          <h2 id="earn-title">Add points for a purchase</h2>
          <form id="earn-form" novalidate>
            <div class="fields">
              <div class="field">
                <label for="amount">Amount paid (<span class="currency-code">EUR</span>)</label>
                <div class="money"><span class="currency-symbol" aria-hidden="true">€</span><input id="amount" inputmode="decimal" autocomplete="off" placeholder="0.00" aria-describedby="amount-hint"></div>
                <small id="amount-hint">e.g. 12.50 or 12,50</small>
              </div>
              <div class="field">
                <label for="receipt">Receipt number</label>
                <input id="receipt" autocomplete="off" spellcheck="false" aria-describedby="receipt-hint">
                <small id="receipt-hint">Suggested – edit if needed</small>
              </div>
            </div>
            <button class="primary wide" type="submit">Add points</button>
          </form>
        </section>
        """;

    private const string Offers = """
        <section class="panel offers" aria-labelledby="rewards-title">
          <h2 id="rewards-title">Rewards</h2>
          <ul id="rewards" class="offer-list"></ul>
          <h2 id="coupons-title">Coupons</h2>
          <ul id="coupons" class="offer-list"></ul>
        </section>
        """;

    private const string ReverseForm = """
        <details id="refund" class="panel refund">
          <summary>Refund – take back the points of a receipt</summary>
          <form id="reverse-form" novalidate>
            <div class="field">
              <label for="reverse-receipt">Receipt number</label>
              <input id="reverse-receipt" autocomplete="off" spellcheck="false">
            </div>
            <label class="check"><input id="reverse-partial" type="checkbox"> If the member has already spent some of these points, take back what is left</label>
            <button id="reverse-button" class="danger" type="submit">Take back points</button>
            <button id="reverse-cancel" class="quiet" type="button" hidden>Cancel</button>
          </form>
        </details>
        """;
}
