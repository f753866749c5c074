// The landing page: what the shopper types is shown on the card preview and carried to the wallet links;
// a detail the server would refuse is named beside its field and keeps the tap from leaving the page.
import { problemsOf } from './details.js';
import { fieldNames, walletHref } from './wallet-links.js';

const card = document.getElementById('card-name');
const buttons = document.querySelectorAll('[data-base-href]');
const consent = document.getElementById('marketingConsent');
const inputs = fieldNames.map((name) => document.getElementById(name));

function fields() {
  const typed = Object.fromEntries(inputs.map((input) => [input.id, input.value]));
  // A date input whose typing is incomplete reports no value but a bad input.
  typed.birthdayUnreadable = document.getElementById('birthday').validity.badInput;
  typed.marketingConsent = consent.checked;
  return typed;
}

function update() {
  const typed = fields();
  card.textContent = typed.name.trim() || card.dataset.placeholder;
  buttons.forEach((button) => {
    button.href = walletHref(button.dataset.baseHref, typed, location.href);
  });
}

// Problems are named when the shopper taps a wallet button, never on leaving a field: a message appearing then
// would move the button away from under the finger. A fixed field loses its message as soon as it is right.
function showProblems(problems, { onlyClear = false } = {}) {
  for (const input of inputs.slice(1)) {
    const wrong = problems.includes(input.id);
    if (wrong && onlyClear) continue;
    document.getElementById(`${input.id}-error`).hidden = !wrong;
    if (wrong) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
  }
  const banner = document.getElementById('details-problem'); // when the server sent the page back
  if (banner && !inputs.some((input) => input.getAttribute('aria-invalid') === 'true')) banner.hidden = true;
}

for (const input of [...inputs, consent]) {
  input.addEventListener('input', update);
  input.addEventListener('change', update);
}
for (const input of inputs.slice(1)) {
  input.addEventListener('input', () => showProblems(problemsOf(fields(), document.getElementById('birthday').max), { onlyClear: true }));
}
buttons.forEach((button) => button.addEventListener('click', (event) => {
  const problems = problemsOf(fields(), document.getElementById('birthday').max);
  showProblems(problems);
  if (problems.length > 0) {
    event.preventDefault();
    document.getElementById(problems[0]).focus();
  }
}));
update();
