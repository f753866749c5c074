using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Marketing;

/// <summary>The marketer's dashboard. Static: the program and its campaigns come from the campaigns API after sign-in.</summary>
public static partial class MarketingPage
{
    public static readonly string Html = $$"""
        <!doctype html>
        <html lang="en">
        {{StaffPage.Head("Campaigns – WalletLoyalty", MarketingPageStyles.Css)}}
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="bar">
          <div class="brand"><img id="logo" alt="" hidden><span id="program-name">WalletLoyalty</span><span class="section">Campaigns</span></div>
          <div class="program-switch" id="program-switch" hidden>
            <label for="program-select">Program</label>
            <select id="program-select"></select>
          </div>
          <button id="sign-out" class="quiet on-dark" type="button" hidden>Sign out</button>
        </header>
        <main id="main" tabindex="-1">
          {{SignIn}}
          <div id="app" hidden>
            <div class="messages">
              <div id="status" class="message ok" role="status" aria-live="polite" aria-atomic="true"></div>
              <div id="alert" class="message error" role="alert" aria-atomic="true"></div>
            </div>
            {{List}}
            {{Editor}}
            {{Results}}
          </div>
          <noscript><p class="panel">The campaigns dashboard needs JavaScript. Please turn it on for this site.</p></noscript>
        </main>
        {{ConfirmDialog}}
        <script type="module">{{MarketingPageScript.Source}}</script>
        </body>
        </html>
        """;

    private const string SignIn = """
        <section id="sign-in" class="panel sign-in" aria-labelledby="sign-in-title">
          <h1 id="sign-in-title">Sign in to campaigns</h1>
          <p class="hint">Enter your marketer key. It is kept in this browser tab only and forgotten when the tab closes.</p>
          <form id="sign-in-form" novalidate>
            <div class="field">
              <label for="key">Marketer key</label>
              <input id="key" name="key" type="password" autocomplete="off" autocapitalize="off" spellcheck="false" required>
            </div>
            <div class="field">
              <label for="program-id">Program</label>
              <input id="program-id" name="program" value="demo" autocomplete="off" autocapitalize="off" spellcheck="false" aria-describedby="program-id-hint">
              <small id="program-id-hint">The program's id, as in its join link <span class="code">/join/demo</span>.</small>
            </div>
            <button class="primary" type="submit">Sign in</button>
          </form>
          <div id="sign-in-error" class="message error" role="alert" hidden></div>
        </section>
        """;

    private const string List = """
        <section id="list-view" class="view" aria-labelledby="list-title" hidden>
          <div class="view-head">
            <div>
              <h1 id="list-title" tabindex="-1">Campaigns</h1>
              <p id="list-summary" class="hint"></p>
            </div>
            <button id="new-campaign" class="primary" type="button">New campaign</button>
          </div>
          <div class="stats" id="list-stats"></div>
          <div class="panel table-panel">
            <table class="campaigns" aria-describedby="list-summary">
              <caption class="sr-only">Campaigns of this program, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Campaign</th>
                  <th scope="col">Status</th>
                  <th scope="col" class="when">When</th>
                  <th scope="col" class="num">Audience</th>
                  <th scope="col" class="num">Sent</th>
                  <th scope="col" class="num">Delivered</th>
                  <th scope="col" class="num">Coupons redeemed</th>
                </tr>
              </thead>
              <tbody id="campaign-rows"></tbody>
            </table>
            <div id="list-empty" class="empty-state" hidden>
              <p class="big">No campaigns yet</p>
              <p class="hint">Plan a push message to your members: pick who gets it, what it says and when it goes out.</p>
              <button id="first-campaign" class="primary" type="button">Create the first campaign</button>
            </div>
          </div>
        </section>
        """;

    private const string ConfirmDialog = """
        <dialog id="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-text">
          <h2 id="confirm-title"></h2>
          <p id="confirm-text"></p>
          <ul id="confirm-facts" class="facts"></ul>
          <div class="dialog-actions">
            <button id="confirm-no" class="quiet" type="button"></button>
            <button id="confirm-yes" class="primary" type="button"></button>
          </div>
        </dialog>
        """;
}
