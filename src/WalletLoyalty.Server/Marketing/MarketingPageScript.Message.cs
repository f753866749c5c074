namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPageScript
{
    // The preview fills the placeholders for a sample member, as the sender will for each member.
    private const string Message = """

        const PLACEHOLDERS = ['{firstName}', '{points}', '{tier}'];

        function wireMessage() {
          for (const id of ['message-title', 'message-body']) {
            el(id).addEventListener('input', updatePreview);
            el(id).addEventListener('focus', () => { state.lastTextField = el(id); });
          }
          document.querySelectorAll('.token').forEach((button) => {
            // Keeps the caret where it was: the click must not move the focus before the text goes in.
            button.addEventListener('mousedown', (event) => event.preventDefault());
            button.addEventListener('click', () => insertPlaceholder(button.dataset.token));
          });
          el('coupon-on').addEventListener('change', () => {
            el('coupon-fields').hidden = !el('coupon-on').checked;
            if (el('coupon-on').checked) el('coupon-title').focus();
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
          return { '{firstName}': 'Alex', '{points}': num(240), '{tier}': tiers[1] ?? tiers[0] ?? 'Silver' };
        }

        function updatePreview() {
          const title = el('message-title').value;
          const body = el('message-body').value;
          const sample = sampleMember();
          el('preview-title').replaceChildren(...filled(title || 'Title', sample));
          el('preview-body').replaceChildren(...filled(body || 'The text of your message appears here.', sample));
          el('preview-title').classList.toggle('placeholder-text', !title);
          el('preview-body').classList.toggle('placeholder-text', !body);
          el('preview-sample').textContent = `As ${sample['{firstName}']} sees it: ${sample['{points}']} points, ${sample['{tier}']} tier.`;
          el('title-count').textContent = `${title.length} / ${el('message-title').maxLength}`;
          el('body-count').textContent = `${body.length} / ${el('message-body').maxLength}`;
          const unknown = [...new Set(`${title} ${body}`.match(/\{[^{}\s]*\}/g) ?? [])].filter((p) => !PLACEHOLDERS.includes(p));
          el('placeholder-warning').hidden = unknown.length === 0;
          el('placeholder-warning').textContent = unknown.length
            ? `${unknown.join(', ')} will be sent as typed: only ${PLACEHOLDERS.join(', ')} are filled in.`
            : '';
        }

        function filled(text, sample) {
          return text.split(/(\{[^{}\s]*\})/).filter(Boolean).map((part) =>
            sample[part] === undefined ? document.createTextNode(part) : h('mark', { class: 'ph', title: part, text: sample[part] }));
        }
        """;
}
