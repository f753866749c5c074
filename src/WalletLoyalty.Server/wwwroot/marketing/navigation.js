// Views follow the address's fragment (#/, #/new, #/campaigns/7), so Back, reload and bookmarks behave.
import { el } from './dom.js';
import { state } from './state.js';

/** Opens the view of a fragment, with a message to show there (a [kind, headline, detail] for say). */
export function go(hash, flash) {
  state.flash = flash ?? null;
  // Setting the fragment the address already has fires no hashchange, so the router is told by hand.
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange')); else location.hash = hash;
}

// The heading of the view that opened takes the focus, so the keyboard and screen readers start there.
export function showView(id) {
  for (const view of ['list-view', 'editor-view', 'results-view']) el(view).hidden = view !== id;
  state.view = id;
  window.scrollTo(0, 0);
  el(id).querySelector('h1').focus({ preventScroll: true });
}

export function stopPolling() {
  clearTimeout(state.poll);
  state.poll = null;
}
