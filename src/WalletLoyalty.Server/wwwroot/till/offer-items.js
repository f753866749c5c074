// The items of the rewards and coupons lists. Redeeming cannot be undone, so each Redeem asks once more in place
// (never window.confirm, which blocks the till).
import { t } from '../staff/texts.js';
import { makeButton } from './dom.js';

let armed = null; // the item asking "Yes, redeem?"
let whyIds = 0;

export function wireOffers() {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && armed) {
      const item = armed;
      disarm();
      item.querySelector('button')?.focus();
    }
  });
}

/** An offer with its Redeem button, disabled with the reason shown when there is a `why`. */
export function offerItem({ data, title, text, why, question, onConfirm }) {
  const item = document.createElement('li');
  item.className = 'offer';
  Object.assign(item.dataset, data);
  const label = document.createElement('div');
  const strong = document.createElement('strong');
  strong.textContent = title;
  const p = document.createElement('p');
  p.textContent = text;
  label.append(strong, p);
  const button = makeButton(t('till.redeem'), 'secondary redeem');
  item.append(label, button);
  if (why) {
    const reason = document.createElement('p');
    reason.className = 'why';
    reason.id = `offer-why-${++whyIds}`;
    reason.textContent = why;
    button.disabled = true;
    button.setAttribute('aria-describedby', reason.id);
    item.append(reason);
  }
  button.addEventListener('click', () => arm(item, question, onConfirm));
  return item;
}

export function emptyItem(text) {
  const item = document.createElement('li');
  item.className = 'empty';
  item.textContent = text;
  return item;
}

function arm(item, question, onConfirm) {
  disarm();
  armed = item;
  item.classList.add('confirming');
  const ask = document.createElement('div');
  ask.className = 'ask';
  const p = document.createElement('p');
  p.textContent = question;
  const yes = makeButton(t('till.redeem.yes'), 'danger confirm');
  const no = makeButton(t('staff.cancel'), 'quiet cancel');
  yes.addEventListener('click', () => onConfirm(item));
  no.addEventListener('click', () => { disarm(); item.querySelector('.redeem')?.focus(); });
  ask.append(p, yes, no);
  item.querySelector('.redeem').hidden = true;
  item.append(ask);
  yes.focus();
}

export function disarm() {
  const item = armed;
  if (!item) return;
  armed = null;
  item.classList.remove('confirming');
  item.querySelector('.ask')?.remove();
  item.querySelector('.redeem').hidden = false;
}
