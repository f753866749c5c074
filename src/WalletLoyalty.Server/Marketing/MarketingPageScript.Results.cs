namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPageScript
{
    // While a campaign sends, its results are fetched every 2 s; while it waits for its time, every 5 s, so the start shows too.
    private const string Results = """

        const POLL = { sending: 2000, scheduled: 5000 };

        async function openResults(campaign) {
          showView('results-view');
          state.campaign = campaign;
          state.announced = null;
          state.results = null;
          showResultsHeader();
          showSummary(campaign);
          await refreshResults();
        }

        function showResultsHeader() {
          const c = state.campaign;
          el('results-title').textContent = c.name;
          setChip(el('results-status'), c.status);
          el('results-when').textContent = triggerSummary(c.trigger);
          el('action-pause').hidden = !['scheduled', 'sending'].includes(c.status);
          el('action-resume').hidden = c.status !== 'paused';
          el('action-cancel').hidden = !['scheduled', 'sending', 'paused'].includes(c.status);
          document.title = `${c.name} – ${STATUS[c.status] ?? c.status} – Campaigns`;
        }

        async function refreshResults() {
          const id = state.campaign.id;
          let results = null;
          try {
            results = await api('GET', `/api/v1/campaigns/${id}/results`);
          } catch (problem) {
            if (!(problem instanceof Problem) || problem.status === 401) return showProblem(problem, '');
            if (problem.status !== 404 && problem.status !== 409) say('error', 'The results could not be loaded', problem.detail || problem.title);
          }
          if (state.view !== 'results-view' || state.campaign?.id !== id) return;
          if (results?.status && results.status !== state.campaign.status) {
            state.campaign.status = results.status;
            showResultsHeader();
            el('status').replaceChildren();
          }
          showResults(results ?? {});
          announce(results ?? {});
          stopPolling();
          const delay = POLL[state.campaign.status];
          if (delay) state.poll = setTimeout(refreshResults, delay);
        }

        function showResults(r) {
          const status = state.campaign.status;
          const channels = Object.entries(r.channels ?? {});
          const total = (key) => sum(channels.map(([, c]) => c[key]));
          const skipped = sum(channels.map(([, c]) => skippedOf(c)));
          const sent = total('sent');
          const progress = r.progress ?? { enqueued: 0, total: 0 };
          el('waiting').hidden = status !== 'scheduled' || sent > 0;
          el('waiting-text').textContent = `Scheduled: ${triggerSummary(state.campaign.trigger)}`;
          el('progress').hidden = !(status === 'sending' || (status === 'paused' && progress.enqueued < progress.total));
          showProgress(progress, status);
          const treated = r.audience === undefined ? null : r.audience - (r.holdOut ?? 0);
          kpi('audience', r.audience, r.holdOut ? `${num(r.holdOut)} held out` : 'no hold-out');
          kpi('sent', channels.length ? sent : null, treated === null ? '' : `to ${plural(treated, 'member', 'members')}`);
          kpi('delivered', channels.length ? total('delivered') : null, sent ? `${percent(total('delivered'), sent)} of sent` : '');
          kpi('problems', channels.length ? total('failed') + skipped : null, channels.length ? `${num(total('failed'))} failed · ${num(skipped)} skipped` : '');
          kpi('coupons', r.coupons ? r.coupons.redeemed : null, r.coupons ? `of ${num(r.coupons.issued)} issued` : 'no coupon');
          state.results = r;
          showCharts(r);
        }

        function showProgress(progress, status) {
          const share = progress.total ? Math.min(100, Math.round(100 * progress.enqueued / progress.total)) : 0;
          el('progress-title').textContent = status === 'paused' ? 'Paused' : 'Sending';
          el('progress-text').textContent = `${num(progress.enqueued)} of ${plural(progress.total, 'message', 'messages')} queued · ${share} %`;
          el('progress-fill').style.width = `${share}%`;
          el('progress-bar').setAttribute('aria-valuenow', share);
          el('progress-bar').setAttribute('aria-valuetext', `${share} percent queued`);
        }

        function kpi(name, value, note) {
          el(`kpi-${name}`).textContent = num(value);
          el(`kpi-${name}-note`).textContent = note;
        }

        const skippedOf = (channel) => (typeof channel.skipped === 'number' ? channel.skipped : sum(Object.values(channel.skipped ?? {})));

        // Screen readers hear the status when it changes and the progress in quarters, not every poll.
        function announce(r) {
          const status = state.campaign.status;
          const progress = r.progress?.total ? Math.floor(4 * r.progress.enqueued / r.progress.total) * 25 : 0;
          const key = `${status} ${status === 'sending' ? progress : ''}`;
          if (state.announced === key) return;
          const first = state.announced === null;
          state.announced = key;
          if (first && status !== 'sending') return;
          const sent = sum(Object.values(r.channels ?? {}).map((c) => c.sent));
          el('results-live').textContent = status === 'sending' ? `Sending: ${progress} percent queued.`
            : status === 'completed' ? `Completed: ${plural(sent, 'message', 'messages')} sent.`
            : `Status: ${STATUS[status] ?? status}.`;
        }

        function showSummary(c) {
          const a = c.audience ?? {};
          const filters = [
            a.tiers?.length ? `tiers ${a.tiers.join(', ')}` : null,
            a.minPoints !== null && a.minPoints !== undefined ? `at least ${num(a.minPoints)} points` : null,
            a.maxPoints !== null && a.maxPoints !== undefined ? `at most ${num(a.maxPoints)} points` : null,
            a.inactiveDays ? `no purchase for ${plural(a.inactiveDays, 'day', 'days')}` : null,
            a.birthday ? `birthday ${a.birthday === 'today' ? 'today' : 'this month'}` : null,
            a.sources?.length ? `joined through ${a.sources.join(', ')}` : null,
            a.platforms?.length ? `on ${a.platforms.join(', ')}` : null,
            a.joinedAfter ? `joined after ${formatLocal(a.joinedAfter)}` : null,
            a.joinedBefore ? `joined before ${formatLocal(a.joinedBefore)}` : null,
          ].filter(Boolean);
          const rows = [
            ['Message', h('span', {}, h('strong', { text: c.message?.title ?? '' }), h('br'), c.message?.body ?? '')],
            ['Audience', `${filters.length ? filters.join('; ') : 'All members'} · ${a.holdOutPercent ?? 0} % held out`],
            ['Channels', (c.channels ?? []).map((ch) => CHANNELS[ch] ?? ch).join(', ')],
            ['Coupon', c.coupon ? [c.coupon.title, c.coupon.description, c.coupon.validDays ? `valid ${plural(c.coupon.validDays, 'day', 'days')}` : null].filter(Boolean).join(' · ') : 'None'],
            ['When', triggerSummary(c.trigger)],
          ];
          el('campaign-summary').replaceChildren(...rows.flatMap(([term, value]) => [h('dt', { text: term }), h('dd', {}, value)]));
        }
        """;
}
