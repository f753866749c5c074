// The message and its preview. The preview fills the placeholders for a sample member, as the sender will for each member.
import { t } from '../staff/texts.js';
import { el, h } from './dom.js';
import { num } from './format.js';
import { PLACEHOLDERS, fillIn, unknownPlaceholders } from './placeholders.js';
import { state } from './state.js';

export function wireMessage() {
  for (const id of ['message-title', 'message-body']) {
    el(id).addEventListener('input', updatePreview);
    el(id).addEventListener('focus', () => { state.lastTextField = el(id); });
  }
  document.querySelectorAll('.token').forEach((button) => {
    // Keeps the caret where it was: the click must not move the focus before the text goes in.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => insertPlaceholder(button.dataset.token));
  });
}

function insertPlaceholder(token) {
  const field = state.lastTextField ?? el('message-body');
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  field.setRangeText(token, start, end, 'end');
  field.focus();
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function sampleMember() {
  const tiers = state.program?.tiers ?? [];
  return { '{firstName}': t('marketing.preview.sample-name'), '{points}': num(240), '{tier}': tiers[1] ?? tiers[0] ?? t('marketing.preview.sample-tier') };
}

export function updatePreview() {
  const title = el('message-title').value;
  const body = el('message-body').value;
  const sample = sampleMember();
  el('preview-title').replaceChildren(...filled(title || t('marketing.preview.title'), sample));
  el('preview-body').replaceChildren(...filled(body || t('marketing.preview.body'), sample));
  el('preview-title').classList.toggle('placeholder-text', !title);
  el('preview-body').classList.toggle('placeholder-text', !body);
  el('preview-sample').textContent = t('marketing.preview.sample', { name: sample['{firstName}'], points: sample['{points}'], tier: sample['{tier}'] });
  el('title-count').textContent = `${title.length} / ${el('message-title').maxLength}`;
  el('body-count').textContent = `${body.length} / ${el('message-body').maxLength}`;
  const unknown = unknownPlaceholders(`${title} ${body}`);
  el('placeholder-warning').hidden = unknown.length === 0;
  el('placeholder-warning').textContent = unknown.length
    ? t('marketing.message.unknown-placeholders', { unknown: unknown.join(', '), known: PLACEHOLDERS.join(', ') })
    : '';
}

function filled(text, sample) {
  return fillIn(text, sample).map((part) =>
    part.placeholder ? h('mark', { class: 'ph', title: part.placeholder, text: part.text }) : document.createTextNode(part.text));
}
