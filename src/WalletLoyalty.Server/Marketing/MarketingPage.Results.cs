namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPage
{
    private const string Results = """
        <section id="results-view" class="view" aria-labelledby="results-title" hidden>
          <div class="view-head">
            <div class="view-title">
              <a class="back" href="#/">All campaigns</a>
              <div class="title-row"><h1 id="results-title" tabindex="-1"></h1><span id="results-status" class="chip"></span></div>
              <p id="results-when" class="hint"></p>
            </div>
            <div class="actions">
              <button id="action-resume" class="primary" type="button" hidden>Resume</button>
              <button id="action-pause" class="secondary" type="button" hidden>Pause</button>
              <button id="action-duplicate" class="secondary" type="button">Duplicate</button>
              <button id="download-csv" class="secondary" type="button">Download CSV</button>
              <button id="action-cancel" class="quiet danger-text" type="button" hidden>Cancel campaign</button>
            </div>
          </div>
          <p id="results-live" class="sr-only" role="status" aria-live="polite" aria-atomic="true"></p>
          <section id="waiting" class="panel waiting" hidden>
            <p id="waiting-text" class="big"></p>
            <p id="waiting-hint" class="hint"></p>
          </section>
          <section id="progress" class="panel progress-panel" aria-labelledby="progress-title" hidden>
            <div class="label-row"><h2 id="progress-title">Sending</h2><span id="progress-text" class="progress-text"></span></div>
            <div id="progress-bar" class="progress" role="progressbar" aria-labelledby="progress-title" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><div id="progress-fill" class="progress-fill"></div></div>
          </section>
          <div id="kpis" class="kpis">
            <div class="kpi"><span class="kpi-label">Audience</span><span id="kpi-audience" class="kpi-value">–</span><span id="kpi-audience-note" class="kpi-note"></span></div>
            <div class="kpi"><span class="kpi-label">Sent</span><span id="kpi-sent" class="kpi-value">–</span><span id="kpi-sent-note" class="kpi-note"></span></div>
            <div class="kpi"><span class="kpi-label">Delivered</span><span id="kpi-delivered" class="kpi-value">–</span><span id="kpi-delivered-note" class="kpi-note"></span></div>
            <div class="kpi"><span class="kpi-label">Failed or skipped</span><span id="kpi-problems" class="kpi-value">–</span><span id="kpi-problems-note" class="kpi-note"></span></div>
            <div class="kpi"><span class="kpi-label">Coupons redeemed</span><span id="kpi-coupons" class="kpi-value">–</span><span id="kpi-coupons-note" class="kpi-note"></span></div>
          </div>
          <div id="charts" class="results-grid">
            <section class="panel" aria-labelledby="channels-title">
              <div class="panel-head">
                <h2 id="channels-title">Delivery by channel</h2>
                <ul class="legend" aria-hidden="true">
                  <li><i class="key sent"></i>Sent</li><li><i class="key delivered"></i>Delivered</li><li><i class="key failed"></i>Failed</li><li><i class="key skipped"></i>Skipped</li>
                </ul>
              </div>
              <div id="channel-charts" class="channel-charts"></div>
            </section>
            <section class="panel" aria-labelledby="purchases-title">
              <h2 id="purchases-title">Purchases after the message</h2>
              <p id="purchases-hint" class="hint small"></p>
              <div id="purchase-chart" class="purchase-chart"></div>
              <p id="lift" class="lift"></p>
            </section>
          </div>
          <section class="panel" aria-labelledby="content-title">
            <h2 id="content-title">Campaign</h2>
            <dl id="campaign-summary" class="summary"></dl>
          </section>
        </section>
        """;
}
