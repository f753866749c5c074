using WalletLoyalty.Server.Hosting;

namespace WalletLoyalty.Server.Till;

/// <summary>
/// The till's script, one module in parts. Parts only declare functions (plus the shared state below);
/// <see cref="Start"/> runs last, so no part depends on the order of the others.
/// </summary>
public static partial class TillScript
{
    public static readonly string Source = string.Join('\n', Core, StaffScript.Api, Session, Scan, Camera, Member, Earn, Reverse, Start);

    private const string Core = """

        const el = (id) => document.getElementById(id);
        const SESSION_KEY = 'walletloyalty.till.key';
        const OFFLINE_DETAIL = 'The till could not reach the server. Check the network and try again.';
        const state = { key: null, me: null, money: null, card: null, code: null, camera: null, armed: null, reverseArmed: null, offerIds: 0, retryKeys: new Map() };

        function say(kind, headline, detail = '') {
          const box = el(kind === 'error' ? 'alert' : 'status');
          clearMessages();
          const strong = document.createElement('strong');
          strong.textContent = headline;
          box.className = `message ${kind}`;
          box.replaceChildren(strong);
          if (detail) {
            const span = document.createElement('span');
            span.textContent = detail;
            box.append(span);
          }
          box.scrollIntoView({ block: 'nearest' });
        }

        function showProblem(problem, headline) {
          if (problem.status === 401) {
            signOut('The till was signed out because its key is no longer accepted. Sign in again.');
            return;
          }
          const detail = problem.status === 403 ? `This key may not do that. ${problem.detail}` : problem.detail || problem.title;
          say('error', headline, detail);
        }

        function markInvalid(field, invalid) {
          if (invalid) field.setAttribute('aria-invalid', 'true'); else field.removeAttribute('aria-invalid');
        }

        function formatPoints(n) {
          return `${new Intl.NumberFormat().format(n)} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
        }

        function focusScan() {
          el('scan').focus();
        }
        """;

    private const string Start = """

        wireSession();
        wireScan();
        wireCamera();
        wireMember();
        wireEarn();
        wireReverse();
        """;
}
