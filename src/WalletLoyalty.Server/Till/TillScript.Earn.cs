namespace WalletLoyalty.Server.Till;

public static partial class TillScript
{
    // Amounts are parsed as text into integer minor units: "12,50" and "12.50" both become 1250, with no float in between.
    private const string Earn = """

        function wireEarn() {
          el('earn-form').addEventListener('submit', (event) => {
            event.preventDefault();
            earn();
          });
          el('amount').addEventListener('input', () => markInvalid(el('amount'), false));
          el('receipt').addEventListener('input', () => markInvalid(el('receipt'), false));
        }

        function parseAmount(text, digits) {
          let t = text.replace(/\s/g, '');
          for (const mark of [state.money.code, state.money.symbol]) {
            if (t.toUpperCase().startsWith(mark.toUpperCase())) t = t.slice(mark.length);
            else if (t.toUpperCase().endsWith(mark.toUpperCase())) t = t.slice(0, t.length - mark.length);
          }
          const match = /^(\d{0,7})(?:[.,](\d*))?$/.exec(t);
          if (!match || !/\d/.test(t)) return null;
          const [, whole, fraction = ''] = match;
          if (fraction.length > digits) return null;
          return Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
        }

        // A scanner aimed at the till while the amount field has the focus types a card code there: treat it as a scan.
        function looksLikeCard(text) {
          return /^[A-Za-z][A-Za-z0-9_-]{5,}$/.test(text) || /^\d{10}$/.test(text.replace(/\s/g, ''));
        }

        // A suggestion unlikely to repeat across tills and days; the cashier can type the receipt's own number instead.
        function suggestReceiptId() {
          const now = new Date();
          const two = (n) => String(n).padStart(2, '0');
          const tag = crypto.getRandomValues(new Uint16Array(1))[0].toString(36).toUpperCase().padStart(3, '0').slice(-3);
          return `R-${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}-${tag}`;
        }

        async function earn() {
          const amountField = el('amount');
          const receiptField = el('receipt');
          const typed = amountField.value.trim();
          const amountMinor = parseAmount(typed, state.money.digits);
          if (amountMinor === null && looksLikeCard(typed)) {
            amountField.value = '';
            lookUp(typed);
            return;
          }
          if (amountMinor === null || amountMinor <= 0) {
            markInvalid(amountField, true);
            say('error', 'Check the amount', `Type the amount paid in ${state.money.code}, like 12.50 or 12,50.`);
            amountField.focus();
            return;
          }
          const receiptId = receiptField.value.trim();
          if (!receiptId) {
            markInvalid(receiptField, true);
            say('error', 'Enter the receipt number', 'Each receipt earns points once; its number lets the purchase be refunded later.');
            receiptField.focus();
            return;
          }
          await busy(el('earn-form'), async () => {
            try {
              const result = await api('POST', '/api/v1/till/earn', { code: memberCode(), amountMinor, currency: state.money.code, receiptId });
              showBalance(result.balance, result.tier);
              amountField.value = '';
              receiptField.value = suggestReceiptId();
              el('reverse-receipt').placeholder = `e.g. ${receiptId}`;
              await refreshCard();
              say('ok', `+${formatPoints(result.pointsCredited)} — new balance ${new Intl.NumberFormat().format(result.balance)}`,
                `${state.money.format(amountMinor)} on receipt ${receiptId}.`);
              focusScan();
            } catch (problem) {
              if (!(problem instanceof Problem)) throw problem;
              if (problem.offline || problem.status >= 500) {
                say('error', 'The points may not have been added', `${problem.detail || problem.title} Pressing “Add points” again is safe: the purchase will not be counted twice.`);
              } else {
                showProblem(problem, 'Points were not added');
              }
            }
          });
        }
        """;
}
