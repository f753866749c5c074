// When a campaign goes out, in words, and the Quartz cron expressions the form builds. No DOM here.
import { t, tn } from '../staff/texts.js';
import { num } from './format.js';
import { formatLocal, formatRange } from './times.js';

// Each day has a sentence of its own: the word for "every" agrees with the day's gender in some languages.
const WEEKLY = {
  MON: 'marketing.when.weekly.MON', TUE: 'marketing.when.weekly.TUE', WED: 'marketing.when.weekly.WED', THU: 'marketing.when.weekly.THU',
  FRI: 'marketing.when.weekly.FRI', SAT: 'marketing.when.weekly.SAT', SUN: 'marketing.when.weekly.SUN',
};
const AUTOMATIONS = {
  birthday: ['marketing.when.birthday', 'marketing.when.birthday'],
  winback: ['marketing.when.winback', 'marketing.when.winback-days'],
  welcome: ['marketing.when.welcome', 'marketing.when.welcome-days'],
};

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
      return trigger.at ? t('marketing.when.once', { at: formatLocal(trigger.at, locale) }) : t('marketing.when.once-unset');
    case 'cron': {
      const cron = parseCron(trigger.cron);
      if (cron.repeat === 'weekly') return t(WEEKLY[cron.day], { time: cron.time });
      if (cron.repeat === 'daily') return t('marketing.when.daily', { time: cron.time });
      return t('marketing.when.cron', { cron: trigger.cron });
    }
    case 'daily': {
      const [plain, withDays] = AUTOMATIONS[trigger.automation] ?? [];
      const counted = trigger.days && trigger.automation !== 'birthday';
      const automation = !plain ? trigger.automation : t(counted ? withDays : plain, { days: counted ? tn('marketing.days', trigger.days) : '' });
      return t('marketing.when.automation', { time: trigger.time, automation });
    }
    case 'location':
      return t('marketing.when.location', { range: formatRange(trigger.from, trigger.until, locale), radius: num(trigger.radiusMeters ?? 150) });
    default:
      return '';
  }
}
