// The form and a campaign document, both ways. Checks here only save a round trip; the API has the last word.
import { fillAudience, readAudience } from './audience.js';
import { fillCoupon, readCoupon } from './coupon.js';
import { t } from '../staff/texts.js';
import { el } from './dom.js';
import { checked, setChecked } from './fields.js';
import { CHANNELS } from './labels.js';
import { fillTranslations, readTranslations } from './message-languages.js';
import { state } from './state.js';
import { defaultSendTime, fillTrigger, readTrigger } from './trigger.js';

export function newCampaign() {
  return {
    name: '',
    audience: { tiers: [], minPoints: null, maxPoints: null, inactiveDays: null, birthday: null, sources: [], platforms: [], joinedAfter: null, joinedBefore: null, purchases: null, holdOutPercent: 10 },
    message: { title: '', body: '' },
    coupon: null,
    channels: [...CHANNELS],
    trigger: { type: 'once', at: defaultSendTime() },
  };
}

export function fillForm(campaign) {
  el('name').value = campaign.name ?? '';
  fillAudience(campaign.audience ?? {});
  el('message-title').value = campaign.message?.title ?? '';
  el('message-body').value = campaign.message?.body ?? '';
  fillTranslations(campaign.message);
  setChecked('channel', campaign.channels ?? []);
  fillCoupon(campaign.coupon);
  fillTrigger(campaign.trigger ?? newCampaign().trigger);
}

/** The campaign the form holds, and what keeps it from being saved (or, if `complete`, scheduled). */
export function readForm(complete) {
  const errors = [];
  const need = (ok, path, message) => { if (!ok) errors.push({ path, message }); };
  const name = el('name').value.trim();
  need(name, 'name', t('marketing.editor.needs-name'));
  const audience = readAudience(errors);
  const message = { title: el('message-title').value.trim(), body: el('message-body').value.trim() };
  const translations = readTranslations(errors);
  if (translations) message.translations = translations;
  const channels = checked('channel');
  if (complete) {
    need(message.title, 'message.title', t('marketing.message.needs-title'));
    need(message.body, 'message.body', t('marketing.message.needs-body'));
    need(channels.length, 'channels', t('marketing.channels.needs-one'));
  }
  const coupon = el('coupon-on').checked ? readCoupon(errors, complete) : null;
  const trigger = readTrigger(errors, complete);
  return { value: { programId: state.program.id, name, audience, message, coupon, channels, trigger }, errors };
}
