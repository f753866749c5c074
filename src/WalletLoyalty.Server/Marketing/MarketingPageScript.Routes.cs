namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPageScript
{
    // Views follow the address's fragment (#/, #/new, #/campaigns/7), so Back, reload and bookmarks behave.
    private const string Routes = """

        function wireRoutes() {
          window.addEventListener('hashchange', () => route());
          window.addEventListener('beforeunload', (event) => {
            if (state.dirty && state.view === 'editor-view') event.preventDefault();
          });
          document.addEventListener('click', async (event) => {
            const back = event.target.closest('a.back');
            if (!back || !state.dirty || state.view !== 'editor-view') return;
            event.preventDefault();
            const leave = await confirmAction({
              title: 'Leave without saving?', text: 'Your changes to this campaign have not been saved.',
              yes: 'Leave without saving', no: 'Stay', danger: true,
            });
            if (leave) {
              state.dirty = false;
              go('#/');
            }
          });
        }

        async function route(campaigns) {
          if (!state.key) return;
          stopPolling();
          const flash = state.flash;
          state.flash = null;
          if (flash) say(...flash); else clearMessages();
          const match = /^#\/campaigns\/(\d+)$/.exec(location.hash);
          if (location.hash === '#/new') {
            openEditor(null);
          } else if (match) {
            await openCampaign(Number(match[1]));
          } else {
            await showList(campaigns);
          }
        }

        function go(hash, flash) {
          state.flash = flash ?? null;
          if (location.hash === hash) route(); else location.hash = hash;
        }

        // The heading of the view that opened takes the focus, so the keyboard and screen readers start there.
        function showView(id) {
          for (const view of ['list-view', 'editor-view', 'results-view']) el(view).hidden = view !== id;
          state.view = id;
          window.scrollTo(0, 0);
          el(id).querySelector('h1').focus({ preventScroll: true });
        }

        async function openCampaign(id) {
          try {
            const campaign = await api('GET', `/api/v1/campaigns/${id}`);
            if (campaign.status === 'draft') openEditor(campaign); else openResults(campaign);
          } catch (problem) {
            showProblem(problem, `Campaign ${id} could not be opened`);
            if (problem.status !== 401) await showList();
          }
        }

        function stopPolling() {
          clearTimeout(state.poll);
          state.poll = null;
        }
        """;
}
