namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPage
{
    private const string MessageFields = """
        <section class="panel" aria-labelledby="message-heading">
          <h2 id="message-heading">Message</h2>
          <div class="field">
            <div class="label-row"><label for="message-title">Title</label><span id="title-count" class="counter" aria-hidden="true"></span></div>
            <input id="message-title" data-path="message.title" maxlength="60" required>
          </div>
          <div class="field">
            <div class="label-row"><label for="message-body">Text</label><span id="body-count" class="counter" aria-hidden="true"></span></div>
            <textarea id="message-body" data-path="message.body" rows="3" maxlength="500" required aria-describedby="placeholder-hint placeholder-warning"></textarea>
            <div class="insert" role="group" aria-labelledby="placeholder-hint">
              <span id="placeholder-hint" class="small">Insert for each member:</span>
              <button type="button" class="token" data-token="{firstName}">{firstName}</button>
              <button type="button" class="token" data-token="{points}">{points}</button>
              <button type="button" class="token" data-token="{tier}">{tier}</button>
            </div>
            <p id="placeholder-warning" class="field-warning" hidden></p>
          </div>
          <fieldset class="group">
            <legend>Channels</legend>
            <div class="choices">
              <label class="chip-check"><input type="checkbox" name="channel" value="apple" data-path="channels" checked> Apple Wallet</label>
              <label class="chip-check"><input type="checkbox" name="channel" value="google" checked> Google Wallet</label>
              <label class="chip-check"><input type="checkbox" name="channel" value="app" checked> App push</label>
            </div>
          </fieldset>
        </section>
        """;

    private const string CouponFields = """
        <section class="panel" aria-labelledby="coupon-heading">
          <div class="panel-head">
            <h2 id="coupon-heading">Coupon</h2>
            <label class="switch"><input id="coupon-on" type="checkbox"> Attach a coupon to the message</label>
          </div>
          <div id="coupon-fields" class="grid four" hidden>
            <div class="field span-2"><label for="coupon-title">Coupon title</label><input id="coupon-title" data-path="coupon.title" maxlength="60" placeholder="e.g. 20 % off"></div>
            <div class="field span-2"><label for="coupon-description">Details</label><input id="coupon-description" data-path="coupon.description" maxlength="200" placeholder="e.g. One purchase"></div>
            <div class="field"><label for="coupon-value">Value (<span class="currency-code">EUR</span>)</label><input id="coupon-value" data-path="coupon.valueMinor" inputmode="decimal" autocomplete="off" placeholder="optional"></div>
            <div class="field"><label for="coupon-days">Valid for</label><div class="suffix"><input id="coupon-days" data-path="coupon.validDays" type="number" min="1" max="365" step="1" value="7" inputmode="numeric"><span aria-hidden="true">days</span></div></div>
          </div>
        </section>
        """;

    private const string TriggerFields = """
        <section class="panel" aria-labelledby="trigger-heading">
          <h2 id="trigger-heading">When</h2>
          <fieldset class="group">
            <legend class="sr-only">How the campaign is sent</legend>
            <div class="segmented" id="trigger-type">
              <label><input type="radio" name="trigger" value="once" data-path="trigger.type" checked><span>Once</span></label>
              <label><input type="radio" name="trigger" value="cron"><span>Repeating</span></label>
              <label><input type="radio" name="trigger" value="daily"><span>Daily automation</span></label>
              <label><input type="radio" name="trigger" value="location"><span>Near a store</span></label>
            </div>
          </fieldset>
          <div class="trigger-panel grid three" data-trigger="once">
            <div class="field"><label for="once-at">Send at</label><input id="once-at" data-path="trigger.at" type="datetime-local" step="1"></div>
          </div>
          <div class="trigger-panel grid three" data-trigger="cron" hidden>
            <div class="field"><label for="cron-repeat">Repeat</label>
              <select id="cron-repeat"><option value="weekly">Every week</option><option value="daily">Every day</option><option value="custom">Custom (Quartz cron)</option></select>
            </div>
            <div class="field" id="cron-day-field"><label for="cron-day">On</label>
              <select id="cron-day"><option value="MON">Monday</option><option value="TUE">Tuesday</option><option value="WED">Wednesday</option><option value="THU">Thursday</option><option value="FRI" selected>Friday</option><option value="SAT">Saturday</option><option value="SUN">Sunday</option></select>
            </div>
            <div class="field" id="cron-time-field"><label for="cron-time">At</label><input id="cron-time" type="time" value="17:00"></div>
            <div class="field span-3" id="cron-custom-field" hidden><label for="cron">Quartz cron expression</label><input id="cron" data-path="trigger.cron" spellcheck="false" autocomplete="off" class="mono" placeholder="0 0 17 ? * FRI" aria-describedby="cron-hint"><small id="cron-hint">Seconds, minutes, hours, day of month, month, day of week.</small></div>
          </div>
          <div class="trigger-panel grid three" data-trigger="daily" hidden>
            <div class="field"><label for="automation">Automation</label>
              <select id="automation" data-path="trigger.automation"><option value="birthday">Birthday greeting</option><option value="winback">Win back inactive members</option><option value="welcome">Welcome new members</option></select>
            </div>
            <div class="field"><label for="daily-time">Every day at</label><input id="daily-time" data-path="trigger.time" type="time" value="09:00"></div>
            <div class="field" id="daily-days-field"><label for="daily-days" id="daily-days-label">Days</label><div class="suffix"><input id="daily-days" data-path="trigger.days" type="number" min="1" step="1" value="60" inputmode="numeric"><span aria-hidden="true">days</span></div></div>
          </div>
          <div class="trigger-panel grid four" data-trigger="location" hidden>
            <div class="field span-2"><label for="location-from">Shown from</label><input id="location-from" data-path="trigger.from" type="datetime-local"></div>
            <div class="field span-2"><label for="location-until">Until</label><input id="location-until" data-path="trigger.until" type="datetime-local"></div>
            <div class="field span-3"><label for="relevant-text">Lock-screen text near the store</label><input id="relevant-text" data-path="trigger.relevantText" maxlength="80" placeholder="e.g. Lunch offer at Maple Street"></div>
            <div class="field"><label for="radius">Radius</label><div class="suffix"><input id="radius" data-path="trigger.radiusMeters" type="number" min="10" max="1000" step="10" value="150" inputmode="numeric"><span aria-hidden="true">m</span></div></div>
          </div>
          <p id="time-zone-note" class="hint small"></p>
        </section>
        """;
}
