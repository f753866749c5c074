namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPageScript
{
    // Everything shown is built as nodes with textContent, never parsed from strings, so campaign text cannot inject markup.
    private const string Dom = """

        // Taken from a parsed element rather than written out, so the page source holds no address at all.
        const SVG_NS = new DOMParser().parseFromString('<svg></svg>', 'text/html').querySelector('svg').namespaceURI;

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

        function h(tag, attributes, ...children) {
          return build(document.createElement(tag), attributes, children);
        }

        function svg(tag, attributes, ...children) {
          return build(document.createElementNS(SVG_NS, tag), attributes, children);
        }

        function statusChip(status) {
          return h('span', { class: `chip status-${status}`, text: STATUS[status] ?? status });
        }

        function setChip(node, status) {
          node.className = `chip status-${status}`;
          node.textContent = STATUS[status] ?? status;
        }

        function markInvalid(field, message) {
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

        function clearInvalid(container) {
          container.querySelectorAll('.field-error').forEach((e) => e.remove());
          container.querySelectorAll('[aria-invalid]').forEach((f) => f.removeAttribute('aria-invalid'));
        }

        function slug(text) {
          return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'campaign';
        }
        """;
}
