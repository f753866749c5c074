// Finding a member by phone number when the customer's phone is flat: the matches are listed with the last
// digits of their number, and choosing one looks the card up as a typed member number would.
import { busy, clearMessages, Problem } from '../staff/api.js';
import { t } from '../staff/texts.js';
import { el, makeButton, markInvalid } from './dom.js';
import { formatPoints } from './format.js';
import { say, showProblem } from './messages.js';
import { compactMemberNumber } from './parse.js';
import { lookUp } from './scan.js';
import { api } from './state.js';

export function wirePhoneLookup() {
  el('phone-form').addEventListener('submit', (event) => {
    event.preventDefault();
    find(el('phone').value.trim());
  });
}

async function find(phone) {
  const field = el('phone');
  const digits = phone.replace(/\D/g, '').replace(/^0+/, '');
  markInvalid(field, digits.length < 6);
  if (digits.length < 6) {
    say('error', t('till.phone.too-short'), t('till.phone.too-short-detail'));
    field.focus();
    return;
  }
  await busy(el('phone-form'), async () => {
    try {
      const found = await api('GET', `/api/v1/till/members?phone=${encodeURIComponent(phone)}`);
      show(found);
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
      showProblem(problem, t('till.phone.failed'));
    }
  });
}

function show({ items, tooMany }) {
  const list = el('phone-matches');
  list.replaceChildren(...items.map((member) => {
    const item = document.createElement('li');
    const button = makeButton(t('till.phone.match', { name: member.name, ending: member.phoneEnding }), 'secondary match');
    const detail = document.createElement('span');
    detail.className = 'match-detail';
    detail.textContent = `${member.number} · ${formatPoints(member.points)} · ${member.tier}`;
    button.append(detail);
    button.addEventListener('click', () => choose(member));
    item.append(button);
    return item;
  }));
  list.hidden = items.length === 0;
  if (items.length === 0) {
    say('error', t('till.phone.nothing-found'), t('till.phone.nothing-found-detail'));
  } else if (tooMany) {
    say('info', t('till.phone.too-many'), t('till.phone.too-many-detail'));
  } else {
    clearMessages();
    list.querySelector('button').focus();
  }
}

function choose(member) {
  el('phone').value = '';
  el('phone-matches').replaceChildren();
  el('phone-matches').hidden = true;
  el('phone-lookup').open = false;
  lookUp(compactMemberNumber(member.number));
}
