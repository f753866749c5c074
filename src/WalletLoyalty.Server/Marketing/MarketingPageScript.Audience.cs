namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPageScript
{
    // The count follows the filters while the marketer edits: debounced, and an answer to an older question is dropped.
    private const string Audience = """

        function wireAudience() {
          const fields = el('audience-fields');
          fields.addEventListener('input', () => countAudienceSoon());
          fields.addEventListener('change', () => countAudienceSoon());
          el('hold-out').addEventListener('input', showHoldOut);
        }

        function showHoldOut() {
          const value = el('hold-out').value;
          el('hold-out-value').textContent = `${value} %`;
          el('hold-out').setAttribute('aria-valuetext', `${value} percent`);
        }

        function countAudienceSoon(delay = 400) {
          clearTimeout(state.countTimer);
          el('audience-count').dataset.state = 'counting';
          el('count-inline').dataset.state = 'counting';
          state.countTimer = setTimeout(countAudience, delay);
        }

        async function countAudience() {
          state.countRequest?.abort();
          const request = new AbortController();
          state.countRequest = request;
          const errors = [];
          const audience = readAudience(errors);
          if (errors.length) {
            showCount(null, 'Fix the filters marked in red to see how many members match.');
            errors.forEach((e) => markInvalid(fieldFor(e.path), e.message));
            return;
          }
          clearInvalid(el('audience-fields'));
          try {
            const answer = await api('POST', '/api/v1/campaigns/audience-count', { programId: state.program.id, audience }, { idempotent: false, signal: request.signal });
            if (state.countRequest === request) showCount(answer);
          } catch (problem) {
            if (request.signal.aborted) return;
            if (problem instanceof Problem && problem.status === 401) {
              showProblem(problem, '');
              return;
            }
            showCount(null, problem instanceof Problem && problem.errors
              ? Object.values(problem.errors).flat().join(' ')
              : `The audience could not be counted. ${problem.detail || problem.title || ''}`.trim());
          }
        }

        function showCount(answer, explanation = '') {
          state.lastCount = answer;
          const box = el('audience-count');
          box.dataset.state = answer ? 'ready' : 'unknown';
          el('count-inline').dataset.state = box.dataset.state;
          el('count-inline').textContent = answer ? `${num(answer.count)} ${answer.count === 1 ? 'member matches' : 'members match'}` : '';
          el('count-number').textContent = answer ? num(answer.count) : '–';
          el('count-label').textContent = answer?.count === 1 ? 'member matches' : 'members match';
          el('count-detail').textContent = answer
            ? `${num(answer.count - answer.holdOut)} get the message · ${num(answer.holdOut)} held out`
            : explanation;
        }
        """;
}
