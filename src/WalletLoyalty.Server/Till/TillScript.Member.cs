namespace WalletLoyalty.Server.Till;

public static partial class TillScript
{
    // Redeeming cannot be undone, so each Redeem asks once more in place (never window.confirm, which blocks the till).
    private const string Member = """

        function wireMember() {
          document.addEventListener('keydown', (event) => {
            if (event.key === 'Escape' && state.armed) {
              const item = state.armed;
              disarm();
              item.querySelector('button')?.focus();
            }
          });
        }

        function showCard(card, code) {
          disarm();
          state.card = card;
          state.code = code;
          const member = card.member;
          el('member-name').textContent = member.name;
          el('member-number').textContent = member.number;
          el('member-tier').textContent = member.tier;
          el('member-points').textContent = new Intl.NumberFormat().format(member.points);
          renderRewards(card.rewards ?? [], member.points);
          const coupons = card.kind === 'coupon'
            ? [card.coupon, ...(card.coupons ?? []).filter((c) => c.code !== card.coupon.code)]
            : card.coupons ?? [];
          renderCoupons(coupons, card.kind === 'coupon' ? card.coupon.code : null);
          el('idle').hidden = true;
          el('member').hidden = false;
        }

        function clearCard() {
          disarm();
          Object.assign(state, { card: null, code: null });
          el('member').hidden = true;
          el('idle').hidden = false;
          el('amount').value = '';
          markInvalid(el('amount'), false);
        }

        // Earning and rewards need the member's card; when a coupon was scanned, its member's number stands in.
        function memberCode() {
          return state.card.kind === 'member' ? state.code : state.card.member.number.replace(/\s/g, '');
        }

        function showBalance(balance, tier) {
          el('member-points').textContent = new Intl.NumberFormat().format(balance);
          if (tier) el('member-tier').textContent = tier;
        }

        function renderRewards(rewards, balance) {
          const items = rewards.map((reward) => offerItem({
            data: { reward: reward.id },
            title: reward.name,
            text: formatPoints(reward.points),
            why: reward.points > balance ? `Needs ${formatPoints(reward.points - balance)} more`
              : reward.available === false ? 'Not available at the moment' : '',
            question: `Redeem ${reward.name} for ${formatPoints(reward.points)}?`,
            redeem: (item) => redeem(item, { code: memberCode(), rewardId: reward.id }, reward.name),
          }));
          el('rewards').replaceChildren(...(items.length ? items : [emptyItem('This program has no rewards.')]));
        }

        function renderCoupons(coupons, scannedCode) {
          const shown = coupons.filter((c) => c.status === 'active' || c.code === scannedCode);
          const items = shown.map((coupon) => {
            const item = offerItem({
              data: { coupon: coupon.code },
              title: coupon.title,
              text: [coupon.description, coupon.expiresAt ? `valid until ${formatDate(coupon.expiresAt)}` : ''].filter(Boolean).join(' · '),
              why: coupon.status === 'active' ? '' : `This coupon is ${coupon.status}.`,
              question: `Redeem the coupon “${coupon.title}”?`,
              redeem: (it) => redeem(it, { code: coupon.code }, coupon.title),
            });
            if (coupon.code === scannedCode) item.classList.add('scanned');
            return item;
          });
          el('coupons').replaceChildren(...(items.length ? items : [emptyItem('No valid coupons.')]));
        }

        function offerItem({ data, title, text, why, question, redeem: onConfirm }) {
          const item = document.createElement('li');
          item.className = 'offer';
          Object.assign(item.dataset, data);
          const label = document.createElement('div');
          const strong = document.createElement('strong');
          strong.textContent = title;
          const p = document.createElement('p');
          p.textContent = text;
          label.append(strong, p);
          const button = makeButton('Redeem', 'secondary redeem');
          item.append(label, button);
          if (why) {
            const reason = document.createElement('p');
            reason.className = 'why';
            reason.id = `offer-why-${++state.offerIds}`;
            reason.textContent = why;
            button.disabled = true;
            button.setAttribute('aria-describedby', reason.id);
            item.append(reason);
          }
          button.addEventListener('click', () => arm(item, question, onConfirm));
          return item;
        }

        function arm(item, question, onConfirm) {
          disarm();
          state.armed = item;
          item.classList.add('confirming');
          const ask = document.createElement('div');
          ask.className = 'ask';
          const p = document.createElement('p');
          p.textContent = question;
          const yes = makeButton('Yes, redeem', 'danger confirm');
          const no = makeButton('Cancel', 'quiet cancel');
          yes.addEventListener('click', () => onConfirm(item));
          no.addEventListener('click', () => { disarm(); item.querySelector('.redeem')?.focus(); });
          ask.append(p, yes, no);
          item.querySelector('.redeem').hidden = true;
          item.append(ask);
          yes.focus();
        }

        function disarm() {
          const item = state.armed;
          if (!item) return;
          state.armed = null;
          item.classList.remove('confirming');
          item.querySelector('.ask')?.remove();
          item.querySelector('.redeem').hidden = false;
        }

        async function redeem(item, body, name) {
          await busy(item, async () => {
            try {
              const result = await api('POST', '/api/v1/till/redeem', body);
              disarm();
              if (result.kind !== 'coupon') showBalance(result.balance);
              await refreshCard();
              if (result.kind === 'coupon') {
                say('ok', `Coupon redeemed: ${name}`, 'Give the customer the offer. The coupon cannot be used again.');
              } else {
                say('ok', `−${formatPoints(result.pointsDebited)} for ${name} — new balance ${new Intl.NumberFormat().format(result.balance)}`,
                  'Give the customer the reward.');
              }
              focusScan();
            } catch (problem) {
              if (!(problem instanceof Problem)) throw problem;
              disarm();
              showProblem(problem, `${name} was not redeemed`);
            }
          });
        }

        function makeButton(text, className) {
          const button = document.createElement('button');
          button.type = 'button';
          button.className = className;
          button.textContent = text;
          return button;
        }

        function emptyItem(text) {
          const item = document.createElement('li');
          item.className = 'empty';
          item.textContent = text;
          return item;
        }

        function formatDate(iso) {
          return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));
        }
        """;
}
