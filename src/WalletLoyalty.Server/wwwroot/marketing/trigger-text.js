// When a campaign goes out, in words, and the Quartz cron expressions the form builds. No DOM here.
import { plural } from './format.js';
import { formatLocal, formatRange } from './times.js';

const DAYS = { MON: 'Monday', TUE: 'Tuesday', WED: 'Wednesday', THU: 'Thursday', FRI: 'Friday', SAT: 'Saturday', SUN: 'Sunday' };
const AUTOMATIONS = { birthday: 'birthday greeting', winback: 'win back members silent', welcome: 'welcome members with a first purchase' };

/** A weekly or daily repeat as a Quartz cron expression: ("weekly", "17:30", "FRI") → "0 30 17 ? * FRI". */
export function cronExpression(repeat, time, day) {
  const [hour, minute] = (time || '00:00').split(':').map(Number);
  return repeat === 'weekly' ? `0 ${minute} ${hour} ? * ${day}` : `0 ${minute} ${hour} * * ?`;
}

/** "0 30 17 ? * FRI" → weekly; "0 0 9 * * ?" → daily; anything else stays custom. */
export function parseCron(cron) {
  const weekly = /^0 (\d{1,2}) (\d{1,2}) \? \* (MON|TUE|WED|THU|FRI|SAT|SUN)$/.exec(cron ?? '');
  const daily = /^0 (\d{1,2}) (\d{1,2}) \* \* \?$/.exec(cron ?? '');
  const match = weekly ?? daily;
  if (!match) return { repeat: 'custom' };
  return { repeat: weekly ? 'weekly' : 'daily', time: `${match[2].padStart(2, '0')}:${match[1].padStart(2, '0')}`, day: weekly?.[3] };
}

/** One line on when a campaign is sent, as the list, the editor and the results show it. */
export function triggerSummary(trigger, locale) {
  switch (trigger?.type) {
    case 'once':
      return trigger.at ? `Once, ${formatLocal(trigger.at, locale)}` : 'Once, time not set';
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
      return `Near the stores, ${formatRange(trigger.from, trigger.until, locale)} (${trigger.radiusMeters ?? 150} m)`;
    default:
      return '';
  }
}
