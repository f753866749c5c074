using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Marketing;

/// <summary>
/// The dashboard's script, one module in parts. Parts only declare functions (plus the shared state below);
/// <see cref="Start"/> runs last, so no part depends on the order of the others.
/// </summary>
public static partial class MarketingPageScript
{
    public static readonly string Source = string.Join('\n', Core, StaffScript.Api, Dom, Session, Routes, List, Editor, Form, Audience, Message, Trigger, Times, Actions, Results, Charts, Start);

    private const string Core = """

        const el = (id) => document.getElementById(id);
        const SESSION_KEY = 'walletloyalty.marketing.key';
        const PROGRAM_KEY = 'walletloyalty.marketing.program';
        const OFFLINE_DETAIL = 'The dashboard could not reach the server. Check the network and try again.';
        const CHANNELS = { apple: 'Apple Wallet', google: 'Google Wallet', app: 'App push' };
        const STATUS = { draft: 'Draft', scheduled: 'Scheduled', sending: 'Sending', paused: 'Paused', completed: 'Completed', cancelled: 'Cancelled', missed: 'Missed' };
        const state = {
          key: null, programs: null, program: null, view: null, campaign: null, dirty: false, flash: null,
          results: null, resultsChangedAt: 0, poll: null, countTimer: null, countRequest: null, lastCount: null, lastTextField: null, announced: null, retryKeys: new Map(),
        };

        function say(kind, headline, detail = '') {
          clearMessages();
          const box = el(kind === 'error' ? 'alert' : 'status');
          box.className = `message ${kind}`;
          box.replaceChildren(...[h('strong', { text: headline }), detail ? h('span', { text: detail }) : null].filter(Boolean));
        }

        function showProblem(problem, headline) {
          if (!(problem instanceof Problem)) throw problem;
          if (problem.status === 401) {
            signOut('You were signed out because your key is no longer accepted. Sign in again.');
            return;
          }
          const detail = problem.status === 403 ? `Your key may not do that. ${problem.detail}` : problem.detail || problem.title;
          say('error', headline, detail);
        }

        const numberFormat = new Intl.NumberFormat();
        const num = (n) => (n === null || n === undefined ? '–' : numberFormat.format(n));
        const percent = (part, whole) => (whole ? `${(100 * part / whole).toFixed(part === whole || part === 0 ? 0 : 1)} %` : '–');
        const rate = (r) => (r === null || r === undefined ? '–' : `${(100 * r).toFixed(1)} %`);
        const sum = (values) => values.reduce((total, v) => total + (v ?? 0), 0);
        const plural = (n, one, many) => `${num(n)} ${n === 1 ? one : many}`;
        """;

    private const string Start = """

        wireSession();
        wireRoutes();
        wireList();
        wireEditor();
        wireAudience();
        wireMessage();
        wireTrigger();
        wireActions();
        wireCharts();
        """;
}
