// When a campaign is sent. A weekly or daily repeat is built into a Quartz cron expression; anything else
// is edited as the expression itself.
import { t } from '../staff/texts.js';
import { el } from './dom.js';
import { whole } from './fields.js';
import { state } from './state.js';
import { programTime } from './times.js';
import { cronExpression, parseCron } from './trigger-text.js';

/** Tomorrow at 10:00 in the program's time zone. */
export const defaultSendTime = () => programTime({ zone: state.program?.timeZone, days: 1, hour: 10 });

export function wireTrigger() {
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
  el('daily-days-label').textContent = t(automation === 'welcome' ? 'marketing.trigger.first-purchase-within' : 'marketing.trigger.days-without-purchase');
}

const cronFromFields = (repeat) => cronExpression(repeat, el('cron-time').value, el('cron-day').value);

export function fillTrigger(trigger) {
  document.querySelectorAll('input[name=trigger]').forEach((radio) => { radio.checked = radio.value === trigger.type; });
  el('once-at').value = trigger.type === 'once' ? trigger.at ?? '' : defaultSendTime();
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

export function readTrigger(errors, complete) {
  const need = (ok, path, message) => { if (complete && !ok) errors.push({ path, message }); };
  const type = triggerType();
  if (type === 'once') {
    const at = el('once-at').value || null;
    need(at, 'trigger.at', t('marketing.trigger.needs-at'));
    return { type, at };
  }
  if (type === 'cron') {
    const repeat = el('cron-repeat').value;
    const cron = repeat === 'custom' ? el('cron').value.trim() : cronFromFields(repeat);
    need(cron, 'trigger.cron', t('marketing.trigger.needs-cron'));
    return { type, cron };
  }
  if (type === 'daily') {
    const automation = el('automation').value;
    const time = el('daily-time').value || null;
    need(time, 'trigger.time', t('marketing.trigger.needs-time'));
    const days = automation === 'birthday' ? null : whole('daily-days', 'trigger.days', 1, errors);
    if (automation !== 'birthday') need(days, 'trigger.days', t('marketing.trigger.needs-days'));
    return { type, automation, time, days };
  }
  const trigger = {
    type, from: el('location-from').value || null, until: el('location-until').value || null,
    relevantText: el('relevant-text').value.trim(), radiusMeters: whole('radius', 'trigger.radiusMeters', 10, errors),
  };
  need(trigger.from, 'trigger.from', t('marketing.trigger.needs-from'));
  need(trigger.until, 'trigger.until', t('marketing.trigger.needs-until'));
  need(!trigger.from || !trigger.until || trigger.from < trigger.until, 'trigger.until', t('marketing.trigger.end-after-start'));
  need(trigger.relevantText, 'trigger.relevantText', t('marketing.trigger.needs-relevant-text'));
  return trigger;
}
