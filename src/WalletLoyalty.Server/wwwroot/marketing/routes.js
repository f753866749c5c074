// Which view the address's fragment opens, and the question before leaving unsaved changes.
import { clearMessages } from '../staff/api.js';
import { t } from '../staff/texts.js';
import { confirmAction } from './actions.js';
import { openEditor } from './editor.js';
import { openMember } from './member.js';
import { showMembers } from './members.js';
import { showList } from './list.js';
import { showOverview } from './overview.js';
import { go, stopPolling } from './navigation.js';
import { openResults } from './results.js';
import { showSurveys } from './surveys.js';
import { api, say, showProblem, state } from './state.js';

export function wireRoutes() {
  window.addEventListener('hashchange', () => route());
  window.addEventListener('beforeunload', (event) => {
    if (state.dirty && state.view === 'editor-view') event.preventDefault();
  });
  document.addEventListener('click', async (event) => {
    const back = event.target.closest('a.back');
    if (!back || !state.dirty || state.view !== 'editor-view') return;
    event.preventDefault();
    const leave = await confirmAction({
      title: t('marketing.leave.question'), text: t('marketing.leave.text'),
      yes: t('marketing.leave.yes'), no: t('marketing.leave.no'), danger: true,
    });
    if (leave) {
      state.dirty = false;
      go('#/campaigns');
    }
  });
}

/** Shows the view of the current fragment; the list may be given when it was just loaded. */
export async function route(campaigns) {
  if (!state.key) return;
  stopPolling();
  const flash = state.flash;
  state.flash = null;
  if (flash) say(...flash); else clearMessages();
  const match = /^#\/campaigns\/(\d+)$/.exec(location.hash);
  const member = /^#\/members\/(\d+)$/.exec(location.hash);
  if (location.hash === '#/members') {
    await showMembers();
  } else if (location.hash === '#/surveys') {
    await showSurveys();
  } else if (member) {
    if (!await openMember(Number(member[1]))) await showMembers();
  } else if (location.hash === '#/new') {
    openEditor(null);
  } else if (match) {
    await openCampaign(Number(match[1]));
  } else if (location.hash === '#/campaigns') {
    await showList(campaigns);
  } else {
    await showOverview();
  }
}

async function openCampaign(id) {
  try {
    const campaign = await api('GET', `/api/v1/campaigns/${id}`);
    if (campaign.status === 'draft') openEditor(campaign); else openResults(campaign);
  } catch (problem) {
    showProblem(problem, t('marketing.open-failed', { id }));
    if (problem.status !== 401) await showList();
  }
}
