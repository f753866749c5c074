namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPageScript
{
    // The form and a campaign document, both ways. Checks here only save a round trip; the API has the last word.
    private const string Form = """

        function fillForm(campaign) {
          el('name').value = campaign.name ?? '';
          fillAudience(campaign.audience ?? {});
          el('message-title').value = campaign.message?.title ?? '';
          el('message-body').value = campaign.message?.body ?? '';
          setChecked('channel', campaign.channels ?? []);
          const coupon = campaign.coupon;
          el('coupon-on').checked = Boolean(coupon);
          el('coupon-fields').hidden = !coupon;
          el('coupon-title').value = coupon?.title ?? '';
          el('coupon-description').value = coupon?.description ?? '';
          el('coupon-value').value = coupon?.valueMinor === null || coupon?.valueMinor === undefined ? '' : fromMinor(coupon.valueMinor);
          el('coupon-days').value = coupon?.validDays ?? 7;
          fillTrigger(campaign.trigger ?? newCampaign().trigger);
        }

        function fillAudience(audience) {
          const tiers = audience.tiers ?? [];
          setChecked('tier', tiers);
          el('tiers-text').value = tiers.join(', ');
          el('min-points').value = audience.minPoints ?? '';
          el('max-points').value = audience.maxPoints ?? '';
          el('inactive-days').value = audience.inactiveDays ?? '';
          el('birthday').value = audience.birthday ?? '';
          el('sources').value = (audience.sources ?? []).join(', ');
          setChecked('platform', audience.platforms ?? []);
          el('joined-after').value = audience.joinedAfter ?? '';
          el('joined-before').value = audience.joinedBefore ?? '';
          el('hold-out').value = audience.holdOutPercent ?? 0;
          showHoldOut();
        }

        function readForm(complete) {
          const errors = [];
          const need = (ok, path, message) => { if (!ok) errors.push({ path, message }); };
          const name = el('name').value.trim();
          need(name, 'name', 'Give the campaign a name.');
          const audience = readAudience(errors);
          const message = { title: el('message-title').value.trim(), body: el('message-body').value.trim() };
          const channels = checked('channel');
          if (complete) {
            need(message.title, 'message.title', 'Write a title.');
            need(message.body, 'message.body', 'Write the text of the message.');
            need(channels.length, 'channels', 'Pick at least one channel.');
          }
          const coupon = el('coupon-on').checked ? readCoupon(errors, complete) : null;
          const trigger = readTrigger(errors, complete);
          return { value: { programId: state.program.id, name, audience, message, coupon, channels, trigger }, errors };
        }

        function readAudience(errors) {
          const tiers = el('tier-choices').hidden ? list(el('tiers-text').value) : checked('tier');
          const audience = {
            tiers,
            minPoints: whole('min-points', 'audience.minPoints', 0, errors),
            maxPoints: whole('max-points', 'audience.maxPoints', 0, errors),
            inactiveDays: whole('inactive-days', 'audience.inactiveDays', 1, errors),
            birthday: el('birthday').value || null,
            sources: list(el('sources').value),
            platforms: checked('platform'),
            joinedAfter: el('joined-after').value || null,
            joinedBefore: el('joined-before').value || null,
            holdOutPercent: Number(el('hold-out').value),
          };
          if (audience.minPoints !== null && audience.maxPoints !== null && audience.minPoints > audience.maxPoints) {
            errors.push({ path: 'audience.maxPoints', message: 'The upper limit is below the lower one.' });
          }
          if (audience.joinedAfter && audience.joinedBefore && audience.joinedAfter >= audience.joinedBefore) {
            errors.push({ path: 'audience.joinedBefore', message: 'This date must come after the “joined after” date.' });
          }
          return audience;
        }

        function readCoupon(errors, complete) {
          const title = el('coupon-title').value.trim();
          if (complete && !title) errors.push({ path: 'coupon.title', message: 'Give the coupon a title.' });
          const raw = el('coupon-value').value.trim().replace(',', '.');
          let valueMinor = null;
          if (raw) {
            const digits = currencyDigits();
            if (!new RegExp(`^\\d+(\\.\\d{0,${digits}})?$`).test(raw)) {
              errors.push({ path: 'coupon.valueMinor', message: `Enter an amount like ${(12.5).toFixed(digits)}.` });
            } else {
              valueMinor = Math.round(Number(raw) * 10 ** digits);
            }
          }
          return {
            title, description: el('coupon-description').value.trim(), valueMinor,
            validDays: whole('coupon-days', 'coupon.validDays', 1, errors) ?? 7,
          };
        }

        function whole(id, path, min, errors) {
          const input = el(id);
          const raw = input.value.trim();
          if (!raw && !input.validity.badInput) return null;
          const n = Number(raw);
          if (input.validity.badInput || !Number.isInteger(n) || n < min) {
            errors.push({ path, message: `Enter a whole number of ${min} or more, or leave it empty.` });
            return null;
          }
          return n;
        }

        const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
        const checked = (name) => [...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);

        function setChecked(name, values) {
          document.querySelectorAll(`input[name=${name}]`).forEach((i) => { i.checked = values.includes(i.value); });
        }

        function currencyDigits() {
          try {
            return new Intl.NumberFormat('en', { style: 'currency', currency: state.program.currency ?? 'EUR' }).resolvedOptions().maximumFractionDigits;
          } catch {
            return 2;
          }
        }

        const fromMinor = (minor) => (minor / 10 ** currencyDigits()).toFixed(currencyDigits());
        """;
}
