namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPageScript
{
    // A weekly or daily repeat is built into a Quartz cron expression; anything else is edited as the expression itself.
    private const string Trigger = """

        const DAYS = { MON: 'Monday', TUE: 'Tuesday', WED: 'Wednesday', THU: 'Thursday', FRI: 'Friday', SAT: 'Saturday', SUN: 'Sunday' };
        const AUTOMATIONS = { birthday: 'birthday greeting', winback: 'win back members silent', welcome: 'welcome members with a first purchase' };

        function wireTrigger() {
          document.querySelectorAll('input[name=trigger]').forEach((radio) => radio.addEventListener('change', showTriggerPanel));
          el('cron-repeat').addEventListener('change', showCronFields);
          el('automation').addEventListener('change', showDailyFields);
        }

        function triggerType() {
          return document.querySelector('input[name=trigger]:checked').value;
        }

        function showTriggerPanel() {
          document.querySelectorAll('.trigger-panel').forEach((panel) => { panel.hidden = panel.dataset.trigger !== triggerType(); });
        }

        function showCronFields() {
          const repeat = el('cron-repeat').value;
          if (repeat === 'custom' && !el('cron').value) el('cron').value = cronFromFields('weekly');
          el('cron-day-field').hidden = repeat !== 'weekly';
          el('cron-time-field').hidden = repeat === 'custom';
          el('cron-custom-field').hidden = repeat !== 'custom';
        }

        function showDailyFields() {
          const automation = el('automation').value;
          el('daily-days-field').hidden = automation === 'birthday';
          el('daily-days-label').textContent = automation === 'welcome' ? 'First purchase within' : 'Days without a purchase';
        }

        function cronFromFields(repeat) {
          const [hour, minute] = (el('cron-time').value || '00:00').split(':').map(Number);
          return repeat === 'weekly' ? `0 ${minute} ${hour} ? * ${el('cron-day').value}` : `0 ${minute} ${hour} * * ?`;
        }

        // "0 30 17 ? * FRI" → weekly; "0 0 9 * * ?" → daily; anything else stays custom.
        function parseCron(cron) {
          const weekly = /^0 (\d{1,2}) (\d{1,2}) \? \* (MON|TUE|WED|THU|FRI|SAT|SUN)$/.exec(cron ?? '');
          const daily = /^0 (\d{1,2}) (\d{1,2}) \* \* \?$/.exec(cron ?? '');
          const match = weekly ?? daily;
          if (!match) return { repeat: 'custom' };
          return { repeat: weekly ? 'weekly' : 'daily', time: `${match[2].padStart(2, '0')}:${match[1].padStart(2, '0')}`, day: weekly?.[3] };
        }

        function fillTrigger(trigger) {
          document.querySelectorAll('input[name=trigger]').forEach((radio) => { radio.checked = radio.value === trigger.type; });
          el('once-at').value = trigger.type === 'once' ? trigger.at ?? '' : programTime({ days: 1, hour: 10 });
          const cron = parseCron(trigger.cron);
          el('cron-repeat').value = trigger.type === 'cron' ? cron.repeat : 'weekly';
          el('cron-day').value = cron.day ?? 'FRI';
          el('cron-time').value = cron.time ?? '17:00';
          el('cron').value = trigger.type === 'cron' ? trigger.cron ?? '' : '';
          el('automation').value = trigger.automation ?? 'birthday';
          el('daily-time').value = trigger.time ?? '09:00';
          el('daily-days').value = trigger.days ?? 60;
          el('location-from').value = trigger.from ?? '';
          el('location-until').value = trigger.until ?? '';
          el('relevant-text').value = trigger.relevantText ?? '';
          el('radius').value = trigger.radiusMeters ?? 150;
          showTriggerPanel();
          showCronFields();
          showDailyFields();
        }

        function readTrigger(errors, complete) {
          const need = (ok, path, message) => { if (complete && !ok) errors.push({ path, message }); };
          const type = triggerType();
          if (type === 'once') {
            const at = el('once-at').value || null;
            need(at, 'trigger.at', 'Pick the date and time to send.');
            return { type, at };
          }
          if (type === 'cron') {
            const repeat = el('cron-repeat').value;
            const cron = repeat === 'custom' ? el('cron').value.trim() : cronFromFields(repeat);
            need(cron, 'trigger.cron', 'Enter a cron expression.');
            return { type, cron };
          }
          if (type === 'daily') {
            const automation = el('automation').value;
            const time = el('daily-time').value || null;
            need(time, 'trigger.time', 'Pick the time of day.');
            const days = automation === 'birthday' ? null : whole('daily-days', 'trigger.days', 1, errors);
            if (automation !== 'birthday') need(days, 'trigger.days', 'Enter the number of days.');
            return { type, automation, time, days };
          }
          const trigger = {
            type, from: el('location-from').value || null, until: el('location-until').value || null,
            relevantText: el('relevant-text').value.trim(), radiusMeters: whole('radius', 'trigger.radiusMeters', 10, errors),
          };
          need(trigger.from, 'trigger.from', 'Pick when the offer starts.');
          need(trigger.until, 'trigger.until', 'Pick when the offer ends.');
          need(!trigger.from || !trigger.until || trigger.from < trigger.until, 'trigger.until', 'The end must come after the start.');
          need(trigger.relevantText, 'trigger.relevantText', 'Write the text shown near the store.');
          return trigger;
        }

        function triggerSummary(trigger) {
          switch (trigger?.type) {
            case 'once':
              return trigger.at ? `Once, ${formatLocal(trigger.at)}` : 'Once, time not set';
            case 'cron': {
              const cron = parseCron(trigger.cron);
              if (cron.repeat === 'weekly') return `Every ${DAYS[cron.day]} at ${cron.time}`;
              if (cron.repeat === 'daily') return `Every day at ${cron.time}`;
              return `Repeats (cron ${trigger.cron})`;
            }
            case 'daily': {
              const what = AUTOMATIONS[trigger.automation] ?? trigger.automation;
              const days = !trigger.days || trigger.automation === 'birthday' ? ''
                : trigger.automation === 'winback' ? ` after ${plural(trigger.days, 'day', 'days')}` : ` within ${plural(trigger.days, 'day', 'days')}`;
              return `Daily at ${trigger.time}: ${what}${days}`;
            }
            case 'location':
              return `Near the stores, ${formatRange(trigger.from, trigger.until)} (${trigger.radiusMeters ?? 150} m)`;
            default:
              return '';
          }
        }
        """;
}
