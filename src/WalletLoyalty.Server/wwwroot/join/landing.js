// The landing page: the name typed in is shown on the card preview and carried to the wallet links.
import { walletHref } from './wallet-links.js';

const input = document.getElementById('name');
const card = document.getElementById('card-name');
const buttons = document.querySelectorAll('[data-base-href]');

input.addEventListener('input', () => {
  const name = input.value.trim();
  card.textContent = name || card.dataset.placeholder;
  buttons.forEach((button) => {
    button.href = walletHref(button.dataset.baseHref, name, location.href);
  });
});
