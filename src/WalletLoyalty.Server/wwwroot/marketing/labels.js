// The names the dashboard gives to the API's channel and status codes, in the page's language.
import { t } from '../staff/texts.js';

const CHANNEL_TEXTS = { apple: 'marketing.channel.apple', google: 'marketing.channel.google', app: 'marketing.channel.app' };
const STATUS_TEXTS = {
  draft: 'marketing.status.draft', scheduled: 'marketing.status.scheduled', sending: 'marketing.status.sending', paused: 'marketing.status.paused',
  completed: 'marketing.status.completed', cancelled: 'marketing.status.cancelled', missed: 'marketing.status.missed',
};

/** The channels a campaign can go out on, as the API names them. */
export const CHANNELS = Object.keys(CHANNEL_TEXTS);

export const channelName = (code) => (CHANNEL_TEXTS[code] ? t(CHANNEL_TEXTS[code]) : code);

export const statusName = (status) => (STATUS_TEXTS[status] ? t(STATUS_TEXTS[status]) : status);
