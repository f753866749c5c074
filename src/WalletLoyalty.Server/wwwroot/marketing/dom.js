// Everything shown is built as nodes with textContent, never parsed from strings, so campaign text cannot inject markup.
import { statusName } from './labels.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const el = (id) => document.getElementById(id);

function build(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name === 'class') node.setAttribute('class', value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** An HTML element: h('td', { class: 'num', text: '3' }) or h('tr', {}, cell, cell). */
export function h(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

export function svg(tag, attributes, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

export function statusChip(status) {
  return h('span', { class: `chip status-${status}`, text: statusName(status) });
}

export function setChip(node, status) {
  node.className = `chip status-${status}`;
  node.textContent = statusName(status);
}

export function markInvalid(field, message) {
  const holder = field.closest('.field, fieldset') ?? field.parentElement;
  holder.querySelector(':scope > .field-error')?.remove();
  if (!message) {
    field.removeAttribute('aria-invalid');
    return;
  }
  field.setAttribute('aria-invalid', 'true');
  const id = `${field.id || field.name}-error`;
  const error = h('p', { class: 'field-error', id, text: message });
  // Right under the box it is about; a choice's message goes under the whole group.
  const anchor = field.type === 'checkbox' || field.type === 'radio' ? null : field.closest('.suffix') ?? field;
  if (anchor?.parentElement === holder) anchor.after(error); else holder.append(error);
  const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((d) => d && d !== id);
  field.setAttribute('aria-describedby', [...described, id].join(' '));
}

export function clearInvalid(container) {
  container.querySelectorAll('.field-error').forEach((e) => e.remove());
  container.querySelectorAll('[aria-invalid]').forEach((f) => f.removeAttribute('aria-invalid'));
}
