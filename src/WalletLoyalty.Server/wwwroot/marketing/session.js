// The key lives in sessionStorage: it survives a reload but not closing the tab, and other tabs never see it.
// The programs list is optional: without it the marketer names the program, and the campaigns list checks key and program together.
import { Problem, busy, clearMessages } from '../staff/api.js';
import { t } from '../staff/texts.js';
import { el, h } from './dom.js';
import { prepareEditorFor } from './editor.js';
import { campaignsPath } from './list.js';
import { resetMemberSearch } from './members.js';
import { resetSurveySearch } from './surveys.js';
import { go, stopPolling } from './navigation.js';
import { route } from './routes.js';
import { PROGRAM_KEY, SESSION_KEY, api, onKeyRefused, state } from './state.js';

export function wireSession() {
  onKeyRefused(signOut);
  el('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    signIn(el('key').value.trim(), el('program-id').value.trim(), false);
  });
  el('sign-out').addEventListener('click', () => signOut());
  el('program-select').addEventListener('change', () => switchProgram(el('program-select').value));
  const saved = sessionStorage.getItem(SESSION_KEY);
  if (saved) signIn(saved, sessionStorage.getItem(PROGRAM_KEY) ?? '', true); else el('key').focus();
}

async function signIn(key, programId, restoring) {
  if (!key) {
    showSignInError(t('marketing.sign-in.enter-key'), '');
    el('key').focus();
    return;
  }
  state.key = key;
  await busy(el('sign-in-form'), async () => {
    try {
      const programs = await loadPrograms();
      // A program named but not in this key's list is refused; with no name, the key's first program opens.
      const program = programs
        ? (programId ? programs.find((p) => p.id === programId) : programs[0])
        : (programId ? describeProgram({ id: programId }) : null);
      if (!program) throw new Problem(404, 'No program', '');
      const campaigns = await api('GET', campaignsPath(program.id));
      program.members = await countMembers(program.id);
      sessionStorage.setItem(SESSION_KEY, key);
      sessionStorage.setItem(PROGRAM_KEY, program.id);
      el('key').value = '';
      openApp(programs, program, campaigns);
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
      state.key = null;
      sessionStorage.removeItem(SESSION_KEY);
      // The API's details speak to developers; a marketer needs to know what to do instead.
      const [reason, advice, field] = {
        401: [t('marketing.sign-in.refused'), t('marketing.sign-in.refused-advice'), 'key'],
        403: [t('marketing.sign-in.not-marketer'), t('marketing.sign-in.not-marketer-advice'), 'key'],
        404: programId
          ? [t('marketing.sign-in.no-such-program'), t('marketing.sign-in.no-such-program-advice', { program: programId }), 'program-id']
          : [t('marketing.sign-in.enter-program'), t('marketing.sign-in.enter-program-advice'), 'program-id'],
      }[problem.status] ?? [t('marketing.sign-in.failed'), problem.detail || problem.title, 'key'];
      showSignInError(restoring ? t('staff.signed-out', { reason }) : reason, advice);
      for (const id of ['key', 'program-id']) {
        if (id === field) el(id).setAttribute('aria-invalid', 'true'); else el(id).removeAttribute('aria-invalid');
      }
      el(field).focus();
    }
  });
}

// The campaigns list answers a key's role; an unknown program, or one this key may not see, shows only here.
async function countMembers(programId) {
  try {
    return (await api('POST', '/api/v1/campaigns/audience-count', { programId, audience: {} }, { idempotent: false })).count;
  } catch (problem) {
    if (problem instanceof Problem && problem.status === 400 && problem.errors?.programId) throw new Problem(404, 'No program', '');
    throw problem;
  }
}

// Null when this server has no programs list (or will not show it to this key).
async function loadPrograms() {
  try {
    const data = await api('GET', '/api/v1/programs');
    const list = Array.isArray(data) ? data : data?.items ?? data?.programs ?? [];
    return list.length ? list.map(describeProgram) : null;
  } catch (problem) {
    if (problem instanceof Problem && problem.status === 401) throw problem;
    return null;
  }
}

function describeProgram(p) {
  const tiers = (p.tiers ?? p.template?.tiers ?? []).map((t) => (typeof t === 'string' ? t : t.name)).filter(Boolean);
  return {
    id: p.id, name: p.name ?? p.template?.name ?? p.id, tiers,
    timeZone: p.timeZone ?? p.template?.timeZone ?? null, currency: p.currency ?? p.template?.currency ?? null,
  };
}

function showSignInError(headline, detail) {
  const box = el('sign-in-error');
  box.replaceChildren(...[h('strong', { text: headline }), detail ? h('span', { text: detail }) : null].filter(Boolean));
  box.hidden = false;
}

function openApp(programs, program, campaigns) {
  state.programs = programs;
  el('sign-in').hidden = true;
  el('sign-in-error').hidden = true;
  el('key').removeAttribute('aria-invalid');
  el('program-id').removeAttribute('aria-invalid');
  el('app').hidden = false;
  el('sign-out').hidden = false;
  el('program-switch').hidden = !(programs && programs.length > 1);
  el('program-select').replaceChildren(...(programs ?? []).map((p) => h('option', { value: p.id, text: p.name })));
  useProgram(program);
  route(campaigns);
}

function useProgram(program) {
  state.program = program;
  resetMemberSearch();
  resetSurveySearch();
  el('program-select').value = program.id;
  el('program-name').textContent = program.name;
  document.title = `${t('marketing.name')} – ${program.name}`;
  showLogo(program);
  prepareEditorFor(program);
}

function switchProgram(programId) {
  const program = state.programs?.find((p) => p.id === programId);
  if (!program) return;
  sessionStorage.setItem(PROGRAM_KEY, program.id);
  useProgram(program);
  go('#/');
}

function showLogo(program) {
  const logo = el('logo');
  logo.alt = program.name;
  logo.onload = () => { logo.hidden = false; el('program-name').hidden = true; };
  logo.onerror = () => { logo.hidden = true; el('program-name').hidden = false; };
  logo.src = `/programs/${encodeURIComponent(program.id)}/images/logo@2x.png`;
}

function signOut(message) {
  stopPolling();
  sessionStorage.removeItem(SESSION_KEY);
  Object.assign(state, { key: null, programs: null, program: null, campaign: null, member: null, dirty: false, lastCount: null });
  state.retryKeys.clear();
  clearMessages();
  el('confirm').open && el('confirm').close('no');
  el('app').hidden = true;
  el('sign-out').hidden = true;
  el('program-switch').hidden = true;
  el('sign-in').hidden = false;
  el('logo').hidden = true;
  el('program-name').hidden = false;
  el('program-name').textContent = 'WalletLoyalty';
  document.title = `${t('marketing.name')} – WalletLoyalty`;
  history.replaceState(null, '', location.pathname + location.search);
  if (message) showSignInError(message, ''); else el('sign-in-error').hidden = true;
  el('key').focus();
}
