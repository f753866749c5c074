// Views follow the address's fragment (#/, #/campaigns, #/new, #/campaigns/7, #/members, #/members/12, #/surveys), so Back, reload and bookmarks behave.
import { el } from './dom.js';
import { state } from './state.js';

/** Opens the view of a fragment, with a message to show there (a [kind, headline, detail] for say). */
export function go(hash, flash) {
  state.flash = flash ?? null;
  // Setting the fragment the address already has fires no hashchange, so the router is told by hand.
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange')); else location.hash = hash;
}

const VIEWS = ['overview-view', 'list-view', 'editor-view', 'results-view', 'members-view', 'member-view', 'surveys-view'];

// The heading of the view that opened takes the focus, so the keyboard and screen readers start there.
export function showView(id) {
  for (const view of VIEWS) el(view).hidden = view !== id;
  const members = id === 'members-view' || id === 'member-view';
  const overview = id === 'overview-view';
  const surveys = id === 'surveys-view';
  const links = [['nav-overview', overview], ['nav-campaigns', !members && !overview && !surveys], ['nav-members', members], ['nav-surveys', surveys]];
  for (const [link, current] of links) {
    if (current) el(link).setAttribute('aria-current', 'page'); else el(link).removeAttribute('aria-current');
  }
  state.view = id;
  window.scrollTo(0, 0);
  el(id).querySelector('h1').focus({ preventScroll: true });
}

export function stopPolling() {
  clearTimeout(state.poll);
  state.poll = null;
}
