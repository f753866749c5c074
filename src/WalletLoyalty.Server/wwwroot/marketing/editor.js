// Only drafts are edited. Scheduling saves first, then asks, so what is confirmed is exactly what is stored.
import { Problem, busy } from '../staff/api.js';
import { t, tn } from '../staff/texts.js';
import { confirmAction, runAction } from './actions.js';
import { countAudienceSoon } from './audience.js';
import { clearInvalid, el, h, markInvalid } from './dom.js';
import { fieldFor } from './fields.js';
import { fillForm, newCampaign, readForm } from './form.js';
import { num } from './format.js';
import { channelName } from './labels.js';
import { updatePreview } from './message.js';
import { go, showView } from './navigation.js';
import { api, say, showProblem, state } from './state.js';
import { triggerSummary } from './trigger-text.js';

export function wireEditor() {
  const form = el('campaign-form');
  form.addEventListener('input', () => { state.dirty = true; });
  form.addEventListener('change', () => { state.dirty = true; });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      const saved = await save(false);
      if (saved) say('ok', t('marketing.saved'), t('marketing.saved-detail'));
    });
  });
  el('schedule').addEventListener('click', () => busy(form, scheduleDraft));
  el('editor-duplicate').addEventListener('click', () => runAction('duplicate'));
  el('editor-cancel').addEventListener('click', () => runAction('cancel'));
}

/** Sets up the parts of the editor that depend on the program: its tiers, currency, name and time zone. */
export function prepareEditorFor(program) {
  const tiers = program.tiers ?? [];
  el('tier-choices').replaceChildren(...tiers.map((tier) =>
    h('label', { class: 'chip-check' }, h('input', { type: 'checkbox', name: 'tier', value: tier, 'data-path': 'audience.tiers' }), ` ${tier}`)));
  el('tier-choices').hidden = tiers.length === 0;
  el('tier-text-field').hidden = tiers.length > 0;
  document.querySelectorAll('.currency-code').forEach((e) => { e.textContent = program.currency ?? 'EUR'; });
  el('preview-app').textContent = program.name === program.id ? t('marketing.preview.app') : program.name;
  el('time-zone-note').textContent = program.timeZone
    ? t('marketing.trigger.time-zone', { zone: program.timeZone.replace(/_/g, ' ') })
    : t('marketing.trigger.local-time');
}

/** Opens a draft, or a new campaign when there is none. */
export function openEditor(campaign) {
  showView('editor-view');
  state.campaign = campaign;
  state.lastCount = null;
  clearInvalid(el('campaign-form'));
  fillForm(campaign ?? newCampaign());
  state.dirty = false;
  showEditorTitle();
  el('draft-actions').hidden = !campaign;
  countAudienceSoon(0);
  updatePreview();
  if (!campaign) el('name').focus();
}

function showEditorTitle() {
  const campaign = state.campaign;
  el('editor-title').textContent = campaign ? campaign.name || t('marketing.untitled') : t('marketing.new');
  el('editor-subtitle').textContent = campaign ? t('marketing.editor.draft-number', { id: campaign.id }) : t('marketing.editor.draft');
  document.title = `${campaign ? campaign.name : t('marketing.new')} – ${t('marketing.name')} – ${state.program.name}`;
}

// Stores the form: a new draft is created, an existing one replaced. Returns the stored campaign, or null.
async function save(complete) {
  const form = el('campaign-form');
  clearInvalid(form);
  const { value, errors } = readForm(complete);
  if (errors.length) {
    showInvalid(errors, complete ? t('marketing.not-ready') : t('marketing.not-saved'));
    return null;
  }
  try {
    const id = state.campaign?.id;
    const stored = id ? await api('PUT', `/api/v1/campaigns/${id}`, value) : await api('POST', '/api/v1/campaigns', value);
    state.campaign = stored ?? { ...value, id, status: 'draft' };
    state.dirty = false;
    if (!id) history.replaceState(null, '', `#/campaigns/${state.campaign.id}`);
    el('draft-actions').hidden = false;
    showEditorTitle();
    return state.campaign;
  } catch (problem) {
    if (problem instanceof Problem && problem.errors) {
      showInvalid(Object.entries(problem.errors).map(([path, messages]) => ({ path, message: [messages].flat().join(' ') })), t('marketing.not-accepted'));
    } else {
      showProblem(problem, t('marketing.not-saved'));
    }
    return null;
  }
}

function showInvalid(errors, headline) {
  const unplaced = [];
  for (const error of errors) {
    const field = fieldFor(error.path);
    if (field) markInvalid(field, error.message); else unplaced.push(error.message);
  }
  say('error', headline, unplaced.length ? unplaced.join(' ') : t('marketing.check-fields'));
  (el('campaign-form').querySelector('[aria-invalid=true]') ?? el('alert')).focus?.();
}

async function scheduleDraft() {
  const saved = await save(true);
  if (!saved) return;
  const count = state.lastCount;
  const confirmed = await confirmAction({
    title: t('marketing.schedule.question', { name: saved.name }),
    text: t('marketing.schedule.text'),
    facts: [
      count ? t('marketing.schedule.to', { members: tn('marketing.members', count.count - count.holdOut), held: num(count.holdOut) }) : null,
      t('marketing.schedule.when', { when: triggerSummary(saved.trigger) }),
      t('marketing.schedule.channels', { channels: saved.channels.map(channelName).join(', ') }),
      saved.coupon ? t('marketing.schedule.coupon', { coupon: saved.coupon.title }) : null,
    ],
    yes: t('marketing.schedule.yes'), no: t('marketing.schedule.no'),
  });
  if (!confirmed) {
    say('ok', t('marketing.saved'), t('marketing.saved-not-scheduled'));
    return;
  }
  try {
    await api('POST', `/api/v1/campaigns/${saved.id}/schedule`);
    go(`#/campaigns/${saved.id}`, ['ok', t('marketing.schedule.done', { name: saved.name }), triggerSummary(saved.trigger)]);
  } catch (problem) {
    showProblem(problem, t('marketing.schedule.failed'));
  }
}
