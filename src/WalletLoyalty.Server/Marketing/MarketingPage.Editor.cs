namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPage
{
    // Every input that maps to a field of the campaign carries data-path, so a validation problem from the API lands beside it.
    private const string Editor = $$"""
        <section id="editor-view" class="view" aria-labelledby="editor-title" hidden>
          <div class="view-head">
            <div>
              <a class="back" href="#/">All campaigns</a>
              <h1 id="editor-title" tabindex="-1">New campaign</h1>
              <p id="editor-subtitle" class="hint">A draft: nothing is sent until you schedule it.</p>
            </div>
          </div>
          <form id="campaign-form" class="editor" novalidate>
            <div class="editor-main">
              <section class="panel" aria-labelledby="basics-title">
                <h2 id="basics-title">Name</h2>
                <div class="field">
                  <label for="name" class="sr-only">Campaign name</label>
                  <input id="name" data-path="name" maxlength="80" required placeholder="e.g. Friday 20 % for Gold" aria-describedby="name-hint">
                  <small id="name-hint">Only marketers see the name.</small>
                </div>
              </section>
              {{AudienceFields}}
              {{MessageFields}}
              {{CouponFields}}
              {{TriggerFields}}
            </div>
            <aside class="editor-side" aria-label="Audience size and message preview">
              <section class="panel audience-card" aria-labelledby="count-title">
                <h2 id="count-title">Audience</h2>
                <div id="audience-count" class="count" aria-live="polite" aria-atomic="true">
                  <span id="count-number" class="count-number">–</span>
                  <span id="count-label" class="count-label">members match</span>
                  <span id="count-detail" class="count-detail"></span>
                </div>
              </section>
              <section class="panel preview-card" aria-labelledby="preview-heading">
                <h2 id="preview-heading">Preview</h2>
                <div class="notification" aria-describedby="preview-sample">
                  <div class="n-head"><span id="preview-app" class="n-app">Wallet</span><span class="n-time">now</span></div>
                  <strong id="preview-title"></strong>
                  <p id="preview-body"></p>
                </div>
                <p id="preview-sample" class="hint small"></p>
              </section>
              <div class="side-actions">
                <button id="schedule" class="primary" type="button">Schedule…</button>
                <button id="save" class="secondary" type="submit">Save draft</button>
                <div id="draft-actions" class="more-actions" hidden>
                  <button id="editor-duplicate" class="quiet" type="button">Duplicate</button>
                  <button id="editor-cancel" class="quiet danger-text" type="button">Cancel campaign</button>
                </div>
              </div>
            </aside>
          </form>
        </section>
        """;

    private const string AudienceFields = """
        <section id="audience-fields" class="panel" aria-labelledby="audience-title">
          <div class="panel-head">
            <h2 id="audience-title">Who gets it</h2>
            <span id="count-inline" class="count-inline" aria-hidden="true"></span>
          </div>
          <p class="hint small">Leave a filter empty to include everyone. The count updates as you change them.</p>
          <div class="grid four">
            <fieldset class="group span-2">
              <legend>Tiers</legend>
              <div id="tier-choices" class="choices"></div>
              <div id="tier-text-field" class="field" hidden>
                <label for="tiers-text" class="sr-only">Tiers</label>
                <input id="tiers-text" data-path="audience.tiers" placeholder="e.g. Gold, Silver" aria-describedby="tiers-hint">
                <small id="tiers-hint">Tier names, separated by commas.</small>
              </div>
            </fieldset>
            <fieldset class="group span-2">
              <legend>Platforms</legend>
              <div class="choices">
                <label class="chip-check"><input type="checkbox" name="platform" value="apple" data-path="audience.platforms"> Apple Wallet</label>
                <label class="chip-check"><input type="checkbox" name="platform" value="google"> Google Wallet</label>
                <label class="chip-check"><input type="checkbox" name="platform" value="app"> App</label>
              </div>
            </fieldset>
            <fieldset class="group">
              <legend>Points balance</legend>
              <div class="pair">
                <div class="field"><label for="min-points" class="small-label">From</label><input id="min-points" data-path="audience.minPoints" type="number" min="0" step="1" inputmode="numeric" placeholder="any"></div>
                <div class="field"><label for="max-points" class="small-label">To</label><input id="max-points" data-path="audience.maxPoints" type="number" min="0" step="1" inputmode="numeric" placeholder="any"></div>
              </div>
            </fieldset>
            <div class="field">
              <label for="inactive-days">No purchase for</label>
              <div class="suffix"><input id="inactive-days" data-path="audience.inactiveDays" type="number" min="1" step="1" inputmode="numeric" placeholder="any"><span aria-hidden="true">days</span></div>
              <small>at least; empty for anyone</small>
            </div>
            <div class="field">
              <label for="birthday">Birthday</label>
              <select id="birthday" data-path="audience.birthday">
                <option value="">Any day</option>
                <option value="today">Today</option>
                <option value="month">This month</option>
              </select>
            </div>
            <div class="field">
              <label for="sources">Joined through</label>
              <input id="sources" data-path="audience.sources" autocomplete="off" spellcheck="false" placeholder="any flyer" aria-describedby="sources-hint">
              <small id="sources-hint">Flyer sources such as flyer-2026-spring, comma-separated</small>
            </div>
            <fieldset class="group span-2">
              <legend>Joined</legend>
              <div class="pair">
                <div class="field"><label for="joined-after" class="small-label">After</label><input id="joined-after" data-path="audience.joinedAfter" type="date"></div>
                <div class="field"><label for="joined-before" class="small-label">Before</label><input id="joined-before" data-path="audience.joinedBefore" type="date"></div>
              </div>
            </fieldset>
            <div class="field span-2">
              <label for="hold-out">Hold-out <output id="hold-out-value" for="hold-out">10 %</output></label>
              <input id="hold-out" data-path="audience.holdOutPercent" type="range" min="0" max="50" step="1" value="10" aria-describedby="hold-out-hint">
              <small id="hold-out-hint">A random share that gets nothing, to measure what the message adds.</small>
            </div>
          </div>
        </section>
        """;
}
