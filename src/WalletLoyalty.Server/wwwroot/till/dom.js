// The page helpers every part of the till uses.

export const el = (id) => document.getElementById(id);

export function markInvalid(field, invalid) {
  if (invalid) field.setAttribute('aria-invalid', 'true'); else field.removeAttribute('aria-invalid');
}

export function focusScan() {
  el('scan').focus();
}

export function makeButton(text, className) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = text;
  return button;
}
